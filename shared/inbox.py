"""The idempotent consumer: an event applied twice changes nothing.

The handler's changes, the events it collected and the inbox row commit in one unit of
work, so an event is either applied and remembered, or neither.
"""

from collections.abc import Awaitable, Callable

import asyncpg

from shared.envelope import Envelope
from shared.unit_of_work import UnitOfWork

Apply = Callable[[UnitOfWork], Awaitable[None]]


async def apply_once(pool: asyncpg.Pool, *, consumer: str, event: Envelope, apply: Apply) -> bool:
    """Run `apply` in a unit of work unless `consumer` already applied `event`.

    `consumer` is a stable name (never the Kafka consumer group, which operators may change).
    Returns False for a duplicate.
    """
    async with UnitOfWork(pool) as uow:
        fresh = await uow.conn.fetchval(
            "INSERT INTO inbox (consumer, message_id, event_type) VALUES ($1, $2, $3)"
            " ON CONFLICT DO NOTHING RETURNING true",
            consumer,
            event.message_id,
            event.type,
        )
        if not fresh:
            return False
        await apply(uow)
        return True
