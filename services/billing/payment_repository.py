"""Payments, refunds and webhook receipts: SQL in, records out."""

from datetime import datetime
from uuid import UUID

import asyncpg

from services.billing.payments import Checkout, Payment, PaymentStatus, RefundOwed
from shared.money import Money


async def add_payment(conn: asyncpg.Connection, payment: Payment) -> None:
    await conn.execute(
        "INSERT INTO payments (id, order_id, provider, amount, currency, status) VALUES ($1, $2, $3, $4, $5, $6)",
        payment.id, payment.order_id, payment.provider, payment.amount.amount, payment.amount.currency,
        payment.status.value,
    )


async def set_checkout(conn: asyncpg.Connection, payment_id: UUID, checkout: Checkout) -> Payment:
    row = await conn.fetchrow(
        "UPDATE payments SET provider_payment_id = $2, checkout_url = $3, updated_at = now()"
        " WHERE id = $1 RETURNING *",
        payment_id, checkout.provider_payment_id, checkout.checkout_url,
    )
    return _payment(row)


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


async def add_refund(conn: asyncpg.Connection, refund_id: UUID, payment: Payment, reason: str) -> None:
    await conn.execute(
        "INSERT INTO refunds (id, payment_id, amount, currency, reason, status)"
        " VALUES ($1, $2, $3, $4, $5, 'requested')",
        refund_id, payment.id, payment.amount.amount, payment.amount.currency, reason,
    )


async def refund_done(conn: asyncpg.Connection, refund_id: UUID, provider_refund_id: str) -> None:
    payment_id = await conn.fetchval(
        "UPDATE refunds SET status = 'succeeded', provider_refund_id = $2, updated_at = now()"
        " WHERE id = $1 RETURNING payment_id",
        refund_id, provider_refund_id,
    )
    await set_status(conn, payment_id, PaymentStatus.REFUNDED)


async def requested_refunds(conn: asyncpg.Connection, *, created_before: datetime) -> list[RefundOwed]:
    rows = await conn.fetch(
        "SELECT r.id, r.amount, r.currency, p.provider_payment_id FROM refunds r"
        " JOIN payments p ON p.id = r.payment_id"
        " WHERE r.status = 'requested' AND r.created_at < $1 ORDER BY r.created_at LIMIT 100",
        created_before,
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
