"""The cancellation saga's state: a `cancellations` row per cancelled event, and the orders it settles."""

from datetime import datetime
from uuid import UUID

import asyncpg

_UNSETTLED = "status IN ('reserved', 'paid', 'partially_refunded')"  # what a cancelled event still owes


async def start_cancellation(conn: asyncpg.Connection, event_id: UUID, *, cancelled_at: datetime,
                             reason: str) -> None:
    """Stop sales and record the saga as due; an event never on sale here sold nothing, so owes nothing."""
    known = await conn.fetchval("UPDATE events SET cancelled_at = coalesce(cancelled_at, $2) WHERE id = $1"
                                " RETURNING true", event_id, cancelled_at)
    if known:
        await conn.execute("INSERT INTO cancellations (event_id, reason) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                           event_id, reason)


async def unfinished(conn: asyncpg.Connection) -> list[UUID]:
    rows = await conn.fetch("SELECT event_id FROM cancellations WHERE finished_at IS NULL ORDER BY started_at")
    return [row["event_id"] for row in rows]


async def reason(conn: asyncpg.Connection, event_id: UUID) -> str | None:
    return await conn.fetchval("SELECT reason FROM cancellations WHERE event_id = $1", event_id)


async def next_unsettled_order(conn: asyncpg.Connection, event_id: UUID) -> UUID | None:
    """An order the event still owes something, locked; replicas skip each other's."""
    return await conn.fetchval(
        f"SELECT id FROM orders WHERE event_id = $1 AND {_UNSETTLED} ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
        event_id)


async def finish(conn: asyncpg.Connection, event_id: UUID) -> None:
    """Finished only when no order is left, not merely none unlocked (another replica's step)."""
    await conn.execute(
        "UPDATE cancellations SET finished_at = now() WHERE event_id = $1 AND finished_at IS NULL"
        f" AND NOT EXISTS (SELECT 1 FROM orders WHERE event_id = $1 AND {_UNSETTLED})", event_id)
