"""The idempotent consumer: an event applied twice changes nothing.

The handler's changes and the inbox row commit in one transaction, so an event is
either applied and remembered, or neither.
"""

from collections.abc import Awaitable, Callable

import asyncpg

from shared.envelope import Envelope

Apply = Callable[[asyncpg.Connection], Awaitable[None]]


async def apply_once(pool: asyncpg.Pool, *, consumer: str, event: Envelope, apply: Apply) -> bool:
    """Run `apply` in a transaction unless `consumer` already applied `event`.

    Returns False for a duplicate.
    """
    async with pool.acquire() as conn, conn.transaction():
        fresh = await conn.fetchval(
            "INSERT INTO inbox (consumer, message_id, event_type) VALUES ($1, $2, $3)"
            " ON CONFLICT DO NOTHING RETURNING true",
            consumer,
            event.message_id,
            event.type,
        )
        if not fresh:
            return False
        await apply(conn)
        return True
