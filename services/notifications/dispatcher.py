"""The background loop that sends what the consumers planned.

Claims due deliveries (FOR UPDATE SKIP LOCKED: replicas share the work), keeps at
most `concurrency` attempts in flight, and sleeps until NOTIFY says something was
planned, an attempt finished, or the next retry falls due; a slow poll is the net.
"""

import asyncio
import contextlib
import logging
from collections.abc import Mapping

import asyncpg

from services.notifications import delivering
from services.notifications.channels import Sender
from services.notifications.domain.deliveries import Channel, RetryPolicy
from services.notifications.repository import deliveries
from shared.envelope import utc_now

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self, pool: asyncpg.Pool, senders: Mapping[Channel, Sender], policy: RetryPolicy, *,
                 schema: str, concurrency: int, lease_seconds: float, poll_seconds: float) -> None:
        self._pool, self._senders, self._policy = pool, senders, policy
        self._channel = f"deliveries_{schema}"
        self._concurrency, self._lease, self._poll = concurrency, lease_seconds, poll_seconds
        self._in_flight: set[asyncio.Task] = set()
        self._wake = asyncio.Event()
        self._listener: asyncpg.Connection | None = None

    async def run(self) -> None:
        """Dispatch until cancelled; attempts cut short are retried by whoever claims them next."""
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
            await self._unlisten()

    async def _fill(self) -> None:
        free = self._concurrency - len(self._in_flight)
        if free <= 0:
            return
        async with self._pool.acquire() as conn:
            claims = await deliveries.claim_due(conn, limit=free, lease_seconds=self._lease)
        for claim in claims:
            task = asyncio.create_task(delivering.attempt(self._pool, claim, self._senders, self._policy))
            self._in_flight.add(task)
            task.add_done_callback(self._finished)  # a freed slot wakes the loop to claim again

    def _finished(self, task: asyncio.Task) -> None:
        self._in_flight.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("delivery attempt crashed", exc_info=task.exception())
        self._wake.set()

    async def _idle_timeout(self) -> float:
        if len(self._in_flight) >= self._concurrency:
            return self._poll  # a finishing attempt wakes us
        async with self._pool.acquire() as conn:
            due = await deliveries.next_due_at(conn)
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
