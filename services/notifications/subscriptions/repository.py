"""Subscriptions: stored with their secrets and tokens, which are read only to sign and to link."""

import json
from datetime import datetime
from uuid import UUID

import asyncpg

from services.notifications.subscriptions.domain import Digest, Filters, Owner, Subscription, SubscriptionStatus

_PUBLIC_COLUMNS = (
    "id, channel, url, email, event_types, filters, owner_kind, owner_id, language, involving_me, frequency,"
    " digest_at, digest_weekday, timezone, next_digest_at, status, status_reason, created_at, updated_at,"
    " previous_secret_expires_at"
)


async def add(conn: asyncpg.Connection, s: Subscription, *, next_digest_at: datetime | None = None) -> None:
    await conn.execute(
        "INSERT INTO subscriptions (id, channel, url, secret, event_types, filters, owner_kind, owner_id, email,"
        " language, involving_me, frequency, digest_at, digest_weekday, timezone, next_digest_at, status,"
        " unsubscribe_token, confirm_token)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)",
        s.id, s.channel, s.url, s.secret, list(s.event_types), s.filters.as_dict(), s.owner.kind, s.owner.id,
        s.email, s.language, s.involving_me, s.digest.frequency, s.digest.at, s.digest.weekday, s.digest.timezone,
        next_digest_at, s.status.value, s.unsubscribe_token, s.confirm_token,
    )


async def get(conn: asyncpg.Connection, subscription_id: UUID) -> dict | None:
    """The subscription as the API shows it: without its secrets, and not once deleted."""
    row = await conn.fetchrow(
        f"SELECT {_PUBLIC_COLUMNS}, secret FROM subscriptions WHERE id = $1 AND status <> 'deleted'", subscription_id
    )
    return dict(row) if row is not None else None


async def secret_of(conn: asyncpg.Connection, subscription_id: UUID) -> str | None:
    """The signing secret, deleted subscriptions included: its holder is told it is gone, others nothing."""
    return await conn.fetchval("SELECT secret FROM subscriptions WHERE id = $1", subscription_id)


async def list_owned(conn: asyncpg.Connection, owners: list[Owner], *, limit: int, before: UUID | None) -> list[dict]:
    rows = await conn.fetch(
        f"SELECT {_PUBLIC_COLUMNS} FROM subscriptions WHERE status <> 'deleted'"
        " AND (owner_kind, owner_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))"
        " AND ($3::uuid IS NULL OR id < $3) ORDER BY id DESC LIMIT $4",
        [o.kind for o in owners], [o.id for o in owners], before, limit,
    )
    return [dict(r) for r in rows]


async def active_for(conn: asyncpg.Connection, event_type: str) -> list[Subscription]:
    # Filters come as text, parsed once per distinct set: thousands of subscribers often share a few.
    rows = await conn.fetch(
        "SELECT id, channel, url, secret, event_types, filters::text AS filters_text, status, owner_kind, owner_id,"
        " email, language, involving_me, unsubscribe_token, frequency, digest_at, digest_weekday, timezone"
        " FROM subscriptions"
        " WHERE status = 'active' AND event_types @> ARRAY[$1::text]", event_type
    )
    parsed: dict[str, Filters] = {}
    for text in {r["filters_text"] for r in rows}:
        parsed[text] = Filters.from_dict(json.loads(text))
    return [from_row(r, parsed[r["filters_text"]]) for r in rows]


def from_row(r: asyncpg.Record, filters: Filters | None = None) -> Subscription:
    return Subscription(
        id=r["id"], channel=r["channel"], url=r["url"], secret=r["secret"], event_types=tuple(r["event_types"]),
        filters=filters if filters is not None else Filters.from_dict(r["filters"]),
        status=SubscriptionStatus(r["status"]),
        owner=Owner(r["owner_kind"], r["owner_id"]), email=r["email"], language=r["language"],
        involving_me=r["involving_me"], unsubscribe_token=r["unsubscribe_token"],
        digest=Digest(r["frequency"], r["digest_at"], r["digest_weekday"], r["timezone"]),
    )


async def set_status(
    conn: asyncpg.Connection, subscription_id: UUID, status: SubscriptionStatus, reason: str | None = None
) -> bool:
    """Move a subscription on; False if it is unknown or already deleted."""
    return await conn.fetchval(
        "UPDATE subscriptions SET status = $2, status_reason = $3, updated_at = now()"
        " WHERE id = $1 AND status <> 'deleted' RETURNING true",
        subscription_id, status.value, reason,
    ) or False


async def by_token(conn: asyncpg.Connection, column: str, token: str) -> asyncpg.Record | None:
    assert column in ("unsubscribe_token", "confirm_token")
    return await conn.fetchrow(f"SELECT id, status FROM subscriptions WHERE {column} = $1", token)


async def rotate_secret(conn: asyncpg.Connection, subscription_id: UUID, secret: str, overlap_seconds: float) -> datetime:
    """The new secret signs from now on; the current one keeps signing alongside until the overlap ends."""
    return await conn.fetchval(
        "UPDATE subscriptions SET previous_secret = secret, secret = $2, updated_at = now(),"
        " previous_secret_expires_at = now() + make_interval(secs => $3) WHERE id = $1 RETURNING previous_secret_expires_at",
        subscription_id, secret, overlap_seconds,
    )


async def recently_pending(conn: asyncpg.Connection, email: str, minutes: int = 10) -> bool:
    """Whether `email` already awaits a confirmation sent in the last few minutes."""
    return bool(await conn.fetchval(
        "SELECT 1 FROM subscriptions WHERE email = $1 AND status = 'pending'"
        " AND created_at > now() - make_interval(mins => $2) LIMIT 1",
        email, minutes,
    ))
