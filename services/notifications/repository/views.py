"""Read models of deliveries for the HTTP API: newest first, with their attempts."""

from uuid import UUID

import asyncpg

_COLUMNS = (
    "id, channel, subscription_id, recipient, template, message_id, event_type, status, attempt_count,"
    " next_attempt_at, last_error, delivered_at, created_at, updated_at"
)


async def list_deliveries(
    conn: asyncpg.Connection, *, subscription_id: UUID | None, status: str | None, recipient: str | None,
    limit: int, before: UUID | None,
) -> list[dict]:
    rows = await conn.fetch(
        f"SELECT {_COLUMNS} FROM deliveries"
        " WHERE ($1::uuid IS NULL OR subscription_id = $1) AND ($2::text IS NULL OR status = $2)"
        " AND ($3::text IS NULL OR recipient = $3) AND ($4::uuid IS NULL OR id < $4)"
        " ORDER BY id DESC LIMIT $5",
        subscription_id, status, recipient, before, limit,
    )
    return [dict(r) for r in rows]


async def get_delivery(conn: asyncpg.Connection, delivery_id: UUID) -> dict | None:
    row = await conn.fetchrow(f"SELECT {_COLUMNS} FROM deliveries WHERE id = $1", delivery_id)
    if row is None:
        return None
    attempts = await conn.fetch(
        "SELECT number, started_at, duration_ms, outcome, status_code, response, error"
        " FROM delivery_attempts WHERE delivery_id = $1 ORDER BY number",
        delivery_id,
    )
    return {**dict(row), "attempts": [dict(a) for a in attempts]}
