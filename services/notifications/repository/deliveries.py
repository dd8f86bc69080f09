"""Deliveries and their attempts; claiming due ones safely across replicas."""

from collections.abc import Iterable
from datetime import datetime
from uuid import UUID

import asyncpg

from services.notifications.domain.deliveries import Channel, Claim, Delivery, Outcome, Step


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
        RETURNING d.*, s.url, s.secret, s.status AS subscription_status
        """,
        limit, lease_seconds,
    )
    return [
        Claim(
            id=r["id"], channel=Channel(r["channel"]), recipient=r["recipient"], message_id=r["message_id"],
            payload=r["payload"], attempt=r["attempt_count"], template=r["template"],
            subscription_id=r["subscription_id"], url=r["url"], secret=r["secret"],
            subscription_active=r["subscription_id"] is None or r["subscription_status"] == "active",
        )
        for r in rows
    ]


async def next_due_at(conn: asyncpg.Connection) -> datetime | None:
    return await conn.fetchval("SELECT min(next_attempt_at) FROM deliveries WHERE status = 'pending'")


async def record_attempt(
    conn: asyncpg.Connection, claim: Claim, outcome: Outcome, *, started_at: datetime, duration_ms: int
) -> None:
    await conn.execute(
        "INSERT INTO delivery_attempts"
        " (delivery_id, number, started_at, duration_ms, outcome, status_code, response, error)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        claim.id, claim.attempt, started_at, duration_ms, "delivered" if outcome.delivered else "failed",
        outcome.status_code, outcome.response, outcome.error,
    )


async def settle(conn: asyncpg.Connection, claim: Claim, step: Step, *, error: str | None) -> bool:
    """Apply the step unless a later claim took the delivery over (its lease ran out)."""
    return await conn.fetchval(
        "UPDATE deliveries SET status = $3, next_attempt_at = $4, last_error = $5, updated_at = now(),"
        " delivered_at = CASE WHEN $3 = 'delivered' THEN now() END"
        " WHERE id = $1 AND attempt_count = $2 AND status = 'pending' RETURNING true",
        claim.id, claim.attempt, step.status.value, step.next_attempt_at, error,
    ) or False


async def cancel_pending(conn: asyncpg.Connection, *, subscription_id: UUID, reason: str) -> None:
    await conn.execute(
        "UPDATE deliveries SET status = 'cancelled', next_attempt_at = NULL, last_error = $2, updated_at = now()"
        " WHERE subscription_id = $1 AND status = 'pending'",
        subscription_id, reason,
    )
