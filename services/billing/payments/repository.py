"""Payments, refunds and webhook receipts: SQL in, records out."""

from datetime import datetime
from uuid import UUID

import asyncpg

from services.billing.payments.domain import Payment, PaymentStatus, RefundOwed
from shared.money import Money


async def get_payment(conn: asyncpg.Connection, payment_id: UUID, *, lock: bool = False) -> Payment | None:
    row = await conn.fetchrow("SELECT * FROM payments WHERE id = $1" + (" FOR UPDATE" if lock else ""), payment_id)
    return _payment(row) if row else None


async def payment_of(conn: asyncpg.Connection, order_id: UUID) -> Payment | None:
    """The order's latest payment (one today; retries with other providers may add more)."""
    row = await conn.fetchrow(
        "SELECT * FROM payments WHERE order_id = $1 ORDER BY created_at DESC LIMIT 1", order_id
    )
    return _payment(row) if row else None


async def set_status(conn: asyncpg.Connection, payment_id: UUID, status: PaymentStatus) -> None:
    await conn.execute(
        "UPDATE payments SET status = $2, updated_at = now() WHERE id = $1", payment_id, status.value
    )


async def remember_webhook(conn: asyncpg.Connection, provider: str, webhook_id: str) -> bool:
    """False if this webhook was already applied."""
    return bool(await conn.fetchval(
        "INSERT INTO webhook_receipts (provider, webhook_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING true",
        provider, webhook_id,
    ))


async def add_refund(conn: asyncpg.Connection, refund_id: UUID, payment: Payment, reason: str, *,
                     amount: Money | None = None, purpose: str | None = None) -> bool:
    """Record a refund owed; False if one with this purpose exists already."""
    amount = amount or payment.amount
    return bool(await conn.fetchval(
        "INSERT INTO refunds (id, payment_id, order_id, amount, currency, reason, status, purpose)"
        " VALUES ($1, $2, $3, $4, $5, $6, 'requested', $7) ON CONFLICT (purpose) DO NOTHING RETURNING true",
        refund_id, payment.id, payment.order_id, amount.amount, amount.currency, reason, purpose,
    ))


async def refund_for(conn: asyncpg.Connection, purpose: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM refunds WHERE purpose = $1", purpose)


async def refund_for_id(conn: asyncpg.Connection, refund_id: UUID) -> asyncpg.Record:
    return await conn.fetchrow("SELECT * FROM refunds WHERE id = $1", refund_id)


async def succeeded_payment_of(conn: asyncpg.Connection, order_id: UUID) -> Payment | None:
    row = await conn.fetchrow(
        "SELECT * FROM payments WHERE order_id = $1 AND status IN ('succeeded', 'refunded')"
        " ORDER BY created_at LIMIT 1", order_id)
    return _payment(row) if row else None


async def refund_done(conn: asyncpg.Connection, refund_id: UUID, provider_refund_id: str) -> None:
    """The payment counts as refunded once its confirmed refunds add up to it."""
    payment_id = await conn.fetchval(
        "UPDATE refunds SET status = 'succeeded', provider_refund_id = $2, updated_at = now()"
        " WHERE id = $1 RETURNING payment_id",
        refund_id, provider_refund_id,
    )
    await conn.execute(
        "UPDATE payments p SET status = 'refunded', updated_at = now() WHERE id = $1 AND p.amount <="
        " (SELECT coalesce(sum(amount), 0) FROM refunds WHERE payment_id = $1 AND status = 'succeeded')",
        payment_id,
    )


async def requested_refunds(conn: asyncpg.Connection, *, created_before: datetime,
                            event_id: UUID | None = None) -> list[RefundOwed]:
    rows = await conn.fetch(
        "SELECT r.id, r.amount, r.currency, p.provider_payment_id FROM refunds r"
        " JOIN payments p ON p.id = r.payment_id JOIN orders o ON o.id = p.order_id"
        " WHERE r.status = 'requested' AND r.created_at < $1 AND ($2::uuid IS NULL OR o.event_id = $2)"
        " ORDER BY r.created_at LIMIT 100",
        created_before, event_id,
    )
    return [RefundOwed(r["id"], r["provider_payment_id"], Money(amount=r["amount"], currency=r["currency"]))
            for r in rows]


async def purge_receipts(conn: asyncpg.Connection, *, before: datetime) -> int:
    status = await conn.execute("DELETE FROM webhook_receipts WHERE received_at < $1", before)
    return int(status.split()[-1])


def _payment(row: asyncpg.Record) -> Payment:
    return Payment(
        id=row["id"], order_id=row["order_id"], provider=row["provider"],
        amount=Money(amount=row["amount"], currency=row["currency"]), status=PaymentStatus(row["status"]),
        provider_payment_id=row["provider_payment_id"], checkout_url=row["checkout_url"],
    )
