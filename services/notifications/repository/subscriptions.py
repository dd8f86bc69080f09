"""Subscriptions: stored with their secret, which is read only to sign."""

from uuid import UUID

import asyncpg

from services.notifications.domain.subscriptions import Filters, Subscription, SubscriptionStatus

_PUBLIC_COLUMNS = "id, channel, url, event_types, filters, status, status_reason, created_at, updated_at"


async def add(conn: asyncpg.Connection, subscription: Subscription) -> None:
    await conn.execute(
        "INSERT INTO subscriptions (id, channel, url, secret, event_types, filters) VALUES ($1, $2, $3, $4, $5, $6)",
        subscription.id, subscription.channel, subscription.url, subscription.secret,
        list(subscription.event_types), subscription.filters.as_dict(),
    )


async def get(conn: asyncpg.Connection, subscription_id: UUID) -> dict | None:
    """The subscription as the API shows it: without its secret, and not once deleted."""
    row = await conn.fetchrow(
        f"SELECT {_PUBLIC_COLUMNS} FROM subscriptions WHERE id = $1 AND status <> 'deleted'", subscription_id
    )
    return dict(row) if row is not None else None


async def active_for(conn: asyncpg.Connection, event_type: str) -> list[Subscription]:
    rows = await conn.fetch(
        "SELECT * FROM subscriptions WHERE status = 'active' AND event_types @> ARRAY[$1::text]", event_type
    )
    return [
        Subscription(
            id=r["id"], channel=r["channel"], url=r["url"], secret=r["secret"],
            event_types=tuple(r["event_types"]), filters=Filters(**r["filters"]),
            status=SubscriptionStatus(r["status"]),
        )
        for r in rows
    ]


async def set_status(
    conn: asyncpg.Connection, subscription_id: UUID, status: SubscriptionStatus, reason: str | None = None
) -> bool:
    """Move an active or disabled subscription on; False if it is unknown or already deleted."""
    return await conn.fetchval(
        "UPDATE subscriptions SET status = $2, status_reason = $3, updated_at = now()"
        " WHERE id = $1 AND status <> 'deleted' RETURNING true",
        subscription_id, status.value, reason,
    ) or False
