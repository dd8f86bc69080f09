"""Digest lines waiting for their subscription's next digest, and the digests that fall due."""

from collections.abc import Iterable
from datetime import datetime
from uuid import UUID

import asyncpg

from services.notifications.fanout.domain import DigestItem
from services.notifications.subscriptions.domain import Subscription
from services.notifications.subscriptions.repository import from_row


async def add(conn: asyncpg.Connection, items: Iterable[DigestItem]) -> None:
    await conn.executemany(
        "INSERT INTO digest_items (subscription_id, message_id, event_type, title, lines, payload)"
        " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        [(i.subscription.id, i.message_id, i.event_type, i.title, list(i.lines), i.payload) for i in items],
    )


async def claim_due(conn: asyncpg.Connection, now: datetime, *, limit: int) -> list[tuple[Subscription, datetime]]:
    """Subscriptions whose digest is due, locked for this transaction (replicas skip them)."""
    rows = await conn.fetch(
        "SELECT * FROM subscriptions WHERE status = 'active' AND frequency <> 'immediate' AND next_digest_at <= $1"
        " ORDER BY next_digest_at LIMIT $2 FOR UPDATE SKIP LOCKED",
        now, limit,
    )
    return [(from_row(r), r["next_digest_at"]) for r in rows]


async def take_items(conn: asyncpg.Connection, subscription_id: UUID, digest_id: UUID) -> list[dict]:
    rows = await conn.fetch(
        "UPDATE digest_items SET digest_id = $2 WHERE subscription_id = $1 AND digest_id IS NULL"
        " RETURNING message_id, event_type, title, lines, payload, created_at",
        subscription_id, digest_id,
    )
    return sorted((dict(r) for r in rows), key=lambda r: r["created_at"])


async def schedule(conn: asyncpg.Connection, subscription_id: UUID, next_at: datetime) -> None:
    await conn.execute("UPDATE subscriptions SET next_digest_at = $2 WHERE id = $1", subscription_id, next_at)
