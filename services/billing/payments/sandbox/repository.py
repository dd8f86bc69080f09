"""The sandbox provider's books (`sandbox_payments`, `sandbox_refunds`), standing in for a provider's storage."""

from uuid import UUID

import asyncpg

from shared.money import Money


async def open_payment(conn: asyncpg.Connection, payment_id: str, *, reference: UUID, amount: Money,
                       description: str) -> str:
    """The payment's id at the provider; a second checkout for the same reference gets the first one's."""
    return await conn.fetchval(
        "INSERT INTO sandbox_payments (id, reference, amount, currency, description) VALUES ($1, $2, $3, $4, $5)"
        " ON CONFLICT (reference) DO UPDATE SET reference = EXCLUDED.reference RETURNING id",
        payment_id, reference, amount.amount, amount.currency, description,
    )


async def payment(conn: asyncpg.Connection, payment_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT id, amount, currency, description, status FROM sandbox_payments WHERE id = $1",
                               payment_id)


async def locked_payment(conn: asyncpg.Connection, payment_id: str) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT amount, status FROM sandbox_payments WHERE id = $1 FOR UPDATE", payment_id)


async def refunded_already(conn: asyncpg.Connection, reference: UUID) -> bool:
    return bool(await conn.fetchval("SELECT true FROM sandbox_refunds WHERE reference = $1", reference))


async def refunded_total(conn: asyncpg.Connection, payment_id: str) -> int:
    return await conn.fetchval("SELECT coalesce(sum(amount), 0) FROM sandbox_refunds WHERE payment_id = $1",
                               payment_id)


async def add_refund(conn: asyncpg.Connection, payment_id: str, *, reference: UUID, amount: int) -> None:
    await conn.execute("INSERT INTO sandbox_refunds (reference, payment_id, amount) VALUES ($1, $2, $3)",
                       reference, payment_id, amount)


async def mark_refunded(conn: asyncpg.Connection, payment_id: str, *, reference: UUID) -> None:
    await conn.execute("UPDATE sandbox_payments SET status = 'refunded', refund_reference = $2, updated_at = now()"
                       " WHERE id = $1", payment_id, reference)


async def settle(conn: asyncpg.Connection, payment_id: str, status: str) -> asyncpg.Record | None:
    """The payment with its new status; None if it is unknown or settled already."""
    return await conn.fetchrow(
        "UPDATE sandbox_payments SET status = $2, updated_at = now()"
        " WHERE id = $1 AND status IN ('pending', 'declined') RETURNING *", payment_id, status)


async def status_of(conn: asyncpg.Connection, payment_id: str) -> str | None:
    return await conn.fetchval("SELECT status FROM sandbox_payments WHERE id = $1", payment_id)
