"""The in-app feed: items per owner, read or not."""

from collections.abc import Iterable
from uuid import UUID

import asyncpg

from services.notifications.feed.domain import FeedItem
from services.notifications.subscriptions.domain import Owner


async def add(conn: asyncpg.Connection, items: Iterable[FeedItem]) -> None:
    """One item per owner and event, however many subscriptions or redeliveries led to it."""
    await conn.executemany(
        "INSERT INTO feed_items (id, owner_kind, owner_id, subscription_id, message_id, event_type, title, lines)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
        [(i.id, i.owner.kind, i.owner.id, i.subscription_id, i.message_id, i.event_type, i.title, list(i.lines))
         for i in items],
    )


async def list_items(conn: asyncpg.Connection, owner: Owner, *, unread: bool, limit: int,
                     before: UUID | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, message_id, event_type, title, lines, created_at, read_at FROM feed_items"
        " WHERE owner_kind = $1 AND owner_id = $2 AND (NOT $3 OR read_at IS NULL)"
        " AND ($4::uuid IS NULL OR id < $4) ORDER BY id DESC LIMIT $5",
        owner.kind, owner.id, unread, before, limit,
    )
    return [dict(r) for r in rows]


async def unread_count(conn: asyncpg.Connection, owner: Owner) -> int:
    return await conn.fetchval(
        "SELECT count(*) FROM feed_items WHERE owner_kind = $1 AND owner_id = $2 AND read_at IS NULL",
        owner.kind, owner.id,
    )


async def mark_read(conn: asyncpg.Connection, owner: Owner, item_ids: list[UUID] | None) -> int:
    """Mark the given items (or all) read; returns how many were unread."""
    result = await conn.execute(
        "UPDATE feed_items SET read_at = now() WHERE owner_kind = $1 AND owner_id = $2 AND read_at IS NULL"
        " AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))",
        owner.kind, owner.id, item_ids,
    )
    return int(result.split()[-1])


async def exists(conn: asyncpg.Connection, owner: Owner, item_id: UUID) -> bool:
    return bool(await conn.fetchval(
        "SELECT 1 FROM feed_items WHERE id = $1 AND owner_kind = $2 AND owner_id = $3", item_id, owner.kind, owner.id
    ))
