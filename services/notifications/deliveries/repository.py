"""Deliveries and their attempts: claiming due ones safely across replicas, and reading them back newest first."""

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from uuid import UUID

import asyncpg

from services.notifications.deliveries.domain import Attempted, Channel, Claim, Delivery
from services.notifications.ids import new_id
from services.notifications.subscriptions.domain import Subscription
from shared.envelope import Envelope


async def add(conn: asyncpg.Connection, deliveries: Iterable[Delivery]) -> None:
    """Insert new deliveries; one already planned for the same receiver and event is kept as is."""
    await conn.executemany(
        "INSERT INTO deliveries (id, channel, subscription_id, recipient, template, message_id, event_type, payload)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
        [
            (d.id, d.channel.value, d.subscription_id, d.recipient, d.template, d.message_id, d.event_type, d.payload)
            for d in deliveries
        ],
    )


async def add_webhooks(conn: asyncpg.Connection, event: Envelope, subscriptions: Sequence[Subscription]) -> None:
    """One webhook delivery of `event` per subscription, in one statement: the payload travels once."""
    await conn.execute(
        "INSERT INTO deliveries (id, channel, subscription_id, recipient, message_id, event_type, payload)"
        " SELECT t.id, 'webhook', t.subscription_id, t.url, $4, $5, $6::json"
        " FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(id, subscription_id, url) ON CONFLICT DO NOTHING",
        [new_id() for _ in subscriptions], [s.id for s in subscriptions], [s.url for s in subscriptions],
        event.message_id, event.type, event.model_dump(mode="json"),
    )


async def claim_due(conn: asyncpg.Connection, *, limit: int, lease_seconds: float) -> list[Claim]:
    """Take up to `limit` due deliveries for one attempt each.

    The claim pushes `next_attempt_at` past the lease instead of holding a lock while
    sending: a replica that dies mid-send leaves the delivery due again after the lease.
    """
    rows = await conn.fetch(
        """
        WITH due AS (
            SELECT id, subscription_id FROM deliveries
            WHERE status = 'pending' AND next_attempt_at <= now()
            ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
        )
        UPDATE deliveries d
        SET attempt_count = d.attempt_count + 1,
            next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
        FROM due LEFT JOIN subscriptions s ON s.id = due.subscription_id
        WHERE d.id = due.id
        RETURNING d.id, d.channel, d.recipient, d.message_id, d.payload::text AS payload_text, d.attempt_count,
            d.template, d.subscription_id, d.attempt_offset, s.url, s.secret, s.status AS subscription_status,
            s.unsubscribe_token,
            CASE WHEN s.previous_secret_expires_at > now() THEN s.previous_secret END AS previous_secret
        """,
        limit, lease_seconds,
    )
    payloads: dict[str, dict] = {}  # one event's payload, decoded once for all its receivers
    return [
        Claim(
            id=r["id"], channel=Channel(r["channel"]), recipient=r["recipient"], message_id=r["message_id"],
            payload=_decoded(payloads, r["payload_text"]), attempt=r["attempt_count"], template=r["template"],
            subscription_id=r["subscription_id"], url=r["url"], secret=r["secret"],
            previous_secret=r["previous_secret"], attempt_offset=r["attempt_offset"],
            unsubscribe_token=r["unsubscribe_token"],
            subscription_active=r["subscription_id"] is None or r["subscription_status"] == "active",
        )
        for r in rows
    ]


def _decoded(payloads: dict[str, dict], text: str) -> dict:
    if (payload := payloads.get(text)) is None:
        payload = payloads[text] = json.loads(text)
    return payload


async def next_due_at(conn: asyncpg.Connection) -> datetime | None:
    return await conn.fetchval("SELECT min(next_attempt_at) FROM deliveries WHERE status = 'pending'")


async def record_attempts(conn: asyncpg.Connection, results: Sequence[Attempted]) -> None:
    await conn.execute(
        "INSERT INTO delivery_attempts"
        " (delivery_id, number, started_at, duration_ms, outcome, status_code, response, error)"
        " SELECT * FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::int[], $5::text[], $6::int[],"
        " $7::text[], $8::text[])",
        [r.claim.id for r in results], [r.claim.attempt for r in results], [r.started_at for r in results],
        [r.duration_ms for r in results], ["delivered" if r.outcome.delivered else "failed" for r in results],
        [r.outcome.status_code for r in results], [r.outcome.response for r in results],
        [r.outcome.error for r in results],
    )


async def settle_many(conn: asyncpg.Connection, results: Sequence[Attempted]) -> None:
    """Apply each step unless a later claim took the delivery over (its lease ran out)."""
    await conn.execute(
        "UPDATE deliveries d SET status = r.status, next_attempt_at = r.next_at, last_error = r.error,"
        " updated_at = now(), delivered_at = CASE WHEN r.status = 'delivered' THEN now() END"
        " FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::text[])"
        " AS r(id, attempt, status, next_at, error)"
        " WHERE d.id = r.id AND d.attempt_count = r.attempt AND d.status = 'pending'",
        [r.claim.id for r in results], [r.claim.attempt for r in results], [r.step.status.value for r in results],
        [r.step.next_attempt_at for r in results], [r.outcome.error for r in results],
    )


async def cancel_pending(conn: asyncpg.Connection, *, subscription_id: UUID, reason: str) -> None:
    await conn.execute(
        "UPDATE deliveries SET status = 'cancelled', next_attempt_at = NULL, last_error = $2, updated_at = now()"
        " WHERE subscription_id = $1 AND status = 'pending'",
        subscription_id, reason,
    )


async def defer(conn: asyncpg.Connection, held: Iterable[tuple[Claim, float]]) -> None:
    """Hand claims back unattempted (the endpoint's rate is used up): the attempt does not count."""
    await conn.executemany(
        "UPDATE deliveries SET attempt_count = attempt_count - 1, updated_at = now(),"
        " next_attempt_at = now() + make_interval(secs => $2)"
        " WHERE id = $1 AND attempt_count = $3 AND status = 'pending'",
        [(claim.id, seconds, claim.attempt) for claim, seconds in held],
    )


async def replay(conn: asyncpg.Connection, delivery_id: UUID) -> bool:
    """A dead delivery gets a fresh round of attempts, now."""
    replayed = await conn.fetchval(
        "UPDATE deliveries SET status = 'pending', attempt_offset = attempt_count, next_attempt_at = now(),"
        " updated_at = now() WHERE id = $1 AND status = 'dead' RETURNING true",
        delivery_id,
    )
    if replayed:
        await conn.execute("SELECT pg_notify('deliveries_' || current_schema(), '')")  # wake the dispatchers
    return bool(replayed)


# What the API shows of a delivery.
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
