"""The background loop that sends what the consumers planned.

Claims due deliveries in batches (FOR UPDATE SKIP LOCKED: replicas share the work),
keeps at most `concurrency` attempts in flight, and records finished attempts in
batches. It sleeps until NOTIFY says something was planned, slots freed up, or the
next retry falls due; a slow poll is the net.
"""

import asyncio
import contextlib
import logging
from collections.abc import Mapping

import asyncpg

from services.notifications.deliveries import attempts, repository
from services.notifications.deliveries.domain import Attempted, Channel, Claim, RetryPolicy, Sender
from services.notifications.deliveries.rate_limit import EndpointLimits
from shared.envelope import utc_now

log = logging.getLogger(__name__)
FLUSH_SECONDS = 0.05  # how long finished attempts may wait to be recorded together: fewer, larger statements
TRACKED_ENDPOINTS = 10_000  # endpoints whose rate we follow before quiet ones are forgotten


class Dispatcher:
    def __init__(self, pool: asyncpg.Pool, senders: Mapping[Channel, Sender], policy: RetryPolicy, *,
                 schema: str, concurrency: int, lease_seconds: float, poll_seconds: float,
                 limits: EndpointLimits | None = None) -> None:
        self._pool, self._senders, self._policy = pool, senders, policy
        self._channel = f"deliveries_{schema}"
        self._concurrency, self._lease, self._poll = concurrency, lease_seconds, poll_seconds
        self._refill_at = max(1, concurrency // 2)  # large claims: per delivery, small ones cost the database more
        self._in_flight: set[asyncio.Task] = set()
        self._finished: list[Attempted] = []
        self._wake, self._recorded = asyncio.Event(), asyncio.Event()
        self._listener: asyncpg.Connection | None = None
        self._limits = limits

    async def run(self) -> None:
        """Dispatch until cancelled; attempts cut short are retried by whoever claims them next."""
        recorder = asyncio.create_task(self._record_loop())
        try:
            while True:
                self._wake.clear()
                try:
                    await self._listen()
                    await self._fill()
                    timeout = await self._idle_timeout()
                except Exception as error:  # the loop outlives database restarts, and our own bugs
                    log.warning("dispatcher failed, retrying", extra={"error": repr(error)})
                    timeout = 1.0
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout)
        finally:
            for task in self._in_flight:
                task.cancel()
            await asyncio.gather(*self._in_flight, return_exceptions=True)
            recorder.cancel()
            await asyncio.gather(recorder, return_exceptions=True)
            with contextlib.suppress(Exception):
                await self._record()  # what was sent is not sent again
            await self._unlisten()

    async def _fill(self) -> None:
        free = self._concurrency - len(self._in_flight)
        if free < self._refill_at and self._in_flight:
            return
        async with self._pool.acquire() as conn:
            claims = await repository.claim_due(conn, limit=free, lease_seconds=self._lease)
            claims = await self._within_limits(conn, claims)
        inactive = [c for c in claims if not c.subscription_active]
        if inactive:
            await attempts.cancel_inactive(self._pool, inactive)
        for claim in claims:
            if claim.subscription_active:
                task = asyncio.create_task(self._attempt(claim))
                self._in_flight.add(task)
                task.add_done_callback(self._done)

    async def _attempt(self, claim: Claim) -> None:
        result = await attempts.attempt(claim, self._senders, self._policy)
        self._finished.append(result)  # only now: the list is swapped for a new one at every recording
        self._recorded.set()

    def _done(self, task: asyncio.Task) -> None:
        self._in_flight.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("delivery attempt crashed", exc_info=task.exception())
        if len(self._in_flight) <= self._concurrency - self._refill_at:
            self._wake.set()

    async def _record_loop(self) -> None:
        while True:
            await self._recorded.wait()
            await asyncio.sleep(FLUSH_SECONDS)
            self._recorded.clear()
            try:
                await self._record()
            except Exception as error:  # kept for the next round; the lease covers a crash meanwhile
                log.warning("recording attempts failed, retrying", extra={"error": repr(error)})
                self._recorded.set()
                await asyncio.sleep(1)

    async def _record(self) -> None:
        batch, self._finished = self._finished, []
        if not batch:
            return
        try:
            await attempts.record(self._pool, batch)
        except BaseException:
            self._finished[:0] = batch
            raise
        if any(r.step.next_attempt_at for r in batch):
            self._wake.set()  # a retry may be due sooner than we planned to sleep

    async def _within_limits(self, conn: asyncpg.Connection, claims: list[Claim]) -> list[Claim]:
        """Webhooks over their endpoint's rate go back, unattempted, until the bucket refills."""
        if self._limits is None:
            return claims
        self._limits.forget_idle_beyond(TRACKED_ENDPOINTS)
        allowed, held, queued = [], [], {}
        for claim in claims:
            key = str(claim.subscription_id)
            delay = self._limits.take(key) if claim.channel == Channel.WEBHOOK else 0.0
            if delay:  # the n-th one held back waits n slots, so they come back spread out
                queued[key] = queued.get(key, 0) + 1
                held.append((claim, delay + (queued[key] - 1) / self._limits.rate))
            else:
                allowed.append(claim)
        if held:
            await repository.defer(conn, held)
            log.info("endpoint rate limit reached, deferred", extra={"deferred": len(held)})
        return allowed

    async def _idle_timeout(self) -> float:
        if len(self._in_flight) > self._concurrency - self._refill_at:
            return self._poll  # finishing attempts wake us
        async with self._pool.acquire() as conn:
            due = await repository.next_due_at(conn)
        if due is None:
            return self._poll
        return min(self._poll, max(0.05, (due - utc_now()).total_seconds()))

    async def _listen(self) -> None:
        """Hold one connection LISTENing; replace it if the server dropped it."""
        if self._listener is not None and not self._listener.is_closed():
            return
        await self._unlisten()
        listener = await self._pool.acquire()
        await listener.add_listener(self._channel, self._on_notify)
        self._listener = listener
        self._wake.set()  # whatever was planned while nobody listened is due now

    async def _unlisten(self) -> None:
        if self._listener is None:
            return
        listener, self._listener = self._listener, None
        with contextlib.suppress(Exception):  # a dropped connection has nothing left to unlisten
            await listener.remove_listener(self._channel, self._on_notify)
        await self._pool.release(listener)

    def _on_notify(self, *_: object) -> None:
        self._wake.set()
