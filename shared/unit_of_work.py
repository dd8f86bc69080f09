"""One transaction, and the events its aggregates recorded written to the outbox when it commits.

    async with UnitOfWork(pool) as uow:
        order = await repository.load(uow.conn, order_id)
        order.pay(...)                 # the aggregate records OrderPaid in `order.events`
        await repository.save(uow.conn, order)
        uow.collect(order)             # its events reach the outbox in this transaction

Use cases never write the outbox themselves: whatever was collected is written just before
COMMIT, so an event exists exactly when the change it describes committed. A failure inside
the block rolls everything back, events included.
"""

from collections.abc import Iterable
from typing import Protocol

import asyncpg

from shared import outbox
from shared.envelope import Envelope


class Recording(Protocol):
    """An aggregate: it appends the events of its changes to `events`."""

    events: list[Envelope]


class UnitOfWork:
    def __init__(self, pool: asyncpg.Pool, *, lock_timeout: str | None = None) -> None:
        """`lock_timeout` (e.g. "2s") bounds every lock wait inside: the transaction is then begun by
        hand, so that BEGIN travels with its SET LOCAL in one round trip (no nested transactions inside)."""
        self._pool = pool
        self._lock_timeout = lock_timeout
        self._conn: asyncpg.Connection | None = None
        self._transaction = None
        self._sources: list[Recording | Envelope] = []

    @property
    def conn(self) -> asyncpg.Connection:
        if self._conn is None:
            raise RuntimeError("the unit of work is not open: use it as `async with UnitOfWork(pool) as uow`")
        return self._conn

    def collect(self, *sources: Recording | Envelope | Iterable[Envelope]) -> None:
        """Aggregates whose recorded events (read at commit), or events a domain function returned."""
        for source in sources:
            if isinstance(source, Envelope) or hasattr(source, "events"):
                self._sources.append(source)
            else:
                self._sources.extend(source)

    def collected(self) -> list[Envelope]:
        """Every event collected so far, each once, in the order recorded."""
        seen: dict = {}
        for source in self._sources:
            for event in (source,) if isinstance(source, Envelope) else source.events:
                seen.setdefault(event.message_id, event)
        return list(seen.values())

    async def __aenter__(self) -> "UnitOfWork":
        self._conn = await self._pool.acquire()
        try:
            if self._lock_timeout is None:
                self._transaction = self._conn.transaction()
                await self._transaction.start()
            else:
                await self._conn.execute(f"BEGIN; SET LOCAL lock_timeout = '{self._lock_timeout}'")
        except BaseException:
            await self._release()
            raise
        return self

    async def __aexit__(self, exc_type, exc, traceback) -> None:
        try:
            if exc_type is None:
                try:
                    await outbox.record(self.conn, self.collected())
                except BaseException:
                    await self._rollback()
                    raise
                await self._commit()
            else:
                await self._rollback()
        finally:
            await self._release()

    async def _commit(self) -> None:
        if self._transaction is not None:
            await self._transaction.commit()
            return
        try:
            await self.conn.execute("COMMIT")
        finally:  # a commit refused by a deferred check leaves the transaction aborted
            if self.conn.is_in_transaction():
                await self.conn.execute("ROLLBACK")

    async def _rollback(self) -> None:
        if self._transaction is not None:
            await self._transaction.rollback()
        elif self.conn.is_in_transaction():
            await self.conn.execute("ROLLBACK")

    async def _release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await self._pool.release(conn)
