"""A token bucket per endpoint: no receiver gets more than `rate` requests a second from one instance."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class EndpointLimits:
    rate: float  # requests per second, sustained
    burst: float  # requests at once after a quiet spell
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)  # key -> (tokens, as of)

    def take(self, key: str) -> float:
        """0 if a request may go now (and count it), else the seconds until one may."""
        now = self.clock()
        tokens, as_of = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - as_of) * self.rate)
        if tokens >= 1:
            self._buckets[key] = (tokens - 1, now)
            return 0.0
        self._buckets[key] = (tokens, now)
        return (1 - tokens) / self.rate

    def forget_idle(self) -> None:
        """Drop full buckets, so thousands of quiet endpoints cost no memory."""
        now = self.clock()
        self._buckets = {k: (t, a) for k, (t, a) in self._buckets.items()
                         if t + (now - a) * self.rate < self.burst}

    def forget_idle_beyond(self, tracked: int) -> None:
        """Forget idle endpoints once more than `tracked` are followed."""
        if len(self._buckets) > tracked:
            self.forget_idle()
