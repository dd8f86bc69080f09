"""Per-endpoint rate limit: a token bucket per webhook endpoint."""

from services.notifications.deliveries.rate_limit import EndpointLimits


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_goes_at_once_then_the_rate_holds():
    clock = Clock()
    limits = EndpointLimits(rate=10, burst=3, clock=clock)
    assert [limits.take("a") for _ in range(3)] == [0, 0, 0]
    assert abs(limits.take("a") - 0.1) < 1e-9  # one token every 100 ms
    clock.now = 0.1
    assert limits.take("a") == 0
    assert limits.take("a") > 0


def test_endpoints_have_their_own_buckets():
    limits = EndpointLimits(rate=1, burst=1, clock=Clock())
    assert limits.take("a") == 0 and limits.take("b") == 0
    assert limits.take("a") > 0


def test_a_quiet_endpoint_refills_only_up_to_the_burst_and_is_forgotten():
    clock = Clock()
    limits = EndpointLimits(rate=5, burst=2, clock=clock)
    limits.take("a")
    clock.now = 100
    assert [limits.take("a") for _ in range(2)] == [0, 0] and limits.take("a") > 0
    clock.now = 200
    limits.forget_idle()
    assert limits._buckets == {}
