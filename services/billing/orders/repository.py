"""Orders, their lines and tickets, and the idempotency keys that found them: SQL in, domain out."""

from datetime import datetime
from uuid import UUID

import asyncpg

from services.billing.orders.domain import Buyer, Order, OrderLine, OrderStatus
from services.billing.payments.domain import Payment
from services.billing.seats.domain import in_lock_order
from shared import outbox
from shared.money import Money

# A reservation in one statement: the key claimed, the order, its lines and payment, its events, and its
# seats journalled to be held at commit (migration 0009). Under a rush every round trip is CPU on a shared
# machine; this replaces six of them. Everything hangs on the key's claim: if a concurrent request with the
# same key got it, the statement writes nothing and says so.
_PLACE = """
WITH claimed AS (
    INSERT INTO idempotency_keys (key, fingerprint, order_id, order_secret) VALUES ($1, $2, $3, $4)
    ON CONFLICT (key) DO NOTHING RETURNING order_id
), placed AS (
    INSERT INTO orders (id, event_id, event_title, buyer_email, buyer_name, buyer_language, status, total_amount,
                        currency, secret_digest, expires_at, created_at, discount_amount, voucher_id, voucher_code)
    SELECT order_id, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18 FROM claimed
), lines AS (
    INSERT INTO order_lines (order_id, ticket_type_id, ticket_type_name, quantity, unit_amount, currency)
    SELECT order_id, l.* FROM claimed,
        unnest($19::uuid[], $20::text[], $21::int[], $22::bigint[], $23::text[]) AS l
), paying AS (
    INSERT INTO payments (id, order_id, provider, provider_payment_id, checkout_url, amount, currency, status)
    SELECT $24, order_id, $25, $26, $27, $28, $12, $29 FROM claimed
), announced AS (
    """ + outbox.insert_statement(30, joined_with="claimed") + """
), moved AS (
    INSERT INTO seat_moves (ticket_type_id, held, sold)
    SELECT m.ticket_type_id, m.quantity, 0 FROM claimed,
        unnest($36::uuid[], $37::int[]) WITH ORDINALITY AS m(ticket_type_id, quantity, n) ORDER BY m.n
)
SELECT count(*) FROM claimed
"""


async def place(conn: asyncpg.Connection, order: Order, payment: Payment, *, key: str, fingerprint: str,
                secret: str) -> bool:
    """Record `order` (and its events) under `key`; False, nothing written, if another request claimed it."""
    total, buyer, lines = order.total, order.buyer, order.lines
    holds = in_lock_order(lines)
    return bool(await conn.fetchval(
        _PLACE,
        key, fingerprint, order.id, secret,
        order.event_id, order.event_title, buyer.email, buyer.name, buyer.language, order.status.value,
        total.amount, total.currency, order.secret_digest, order.expires_at, order.created_at, order.discount,
        order.voucher_id, order.voucher_code,
        [line.ticket_type_id for line in lines], [line.ticket_type_name for line in lines],
        [line.quantity for line in lines], [line.unit_price.amount for line in lines],
        [line.unit_price.currency for line in lines],
        payment.id, payment.provider, payment.provider_payment_id, payment.checkout_url, payment.amount.amount,
        payment.status.value,
        *outbox.row_arrays(order.events),
        [line.ticket_type_id for line in holds], [line.quantity for line in holds],
    ))


async def key(conn: asyncpg.Connection, key: str) -> asyncpg.Record | None:
    """The request an Idempotency-Key already placed an order for, if any."""
    return await conn.fetchrow("SELECT * FROM idempotency_keys WHERE key = $1", key)


async def get_order(conn: asyncpg.Connection, order_id: UUID, *, lock: bool = False) -> Order | None:
    row = await conn.fetchrow("SELECT * FROM orders WHERE id = $1" + (" FOR UPDATE" if lock else ""), order_id)
    return await _order(conn, row) if row else None


async def next_due_hold(conn: asyncpg.Connection, now: datetime) -> Order | None:
    """The oldest hold past its expiry, locked; replicas skip each other's."""
    row = await conn.fetchrow(
        "SELECT * FROM orders WHERE status = 'reserved' AND expires_at <= $1"
        " ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED",
        now,
    )
    return await _order(conn, row) if row else None


async def save_status(conn: asyncpg.Connection, order: Order) -> None:
    await conn.execute("UPDATE orders SET status = $2, refunded_amount = $3, updated_at = now() WHERE id = $1",
                       order.id, order.status.value, order.refunded)


async def void_tickets(conn: asyncpg.Connection, order_id: UUID) -> list[UUID]:
    rows = await conn.fetch("UPDATE tickets SET status = 'voided' WHERE order_id = $1 AND status = 'valid'"
                            " RETURNING id", order_id)
    return sorted(row["id"] for row in rows)


async def add_tickets(conn: asyncpg.Connection, order: Order) -> None:
    await conn.executemany(
        "INSERT INTO tickets (id, order_id, ticket_type_id, ticket_type_name, code) VALUES ($1, $2, $3, $4, $5)",
        [(t.id, order.id, t.ticket_type_id, t.ticket_type_name, t.code) for t in order.tickets],
    )


async def tickets(conn: asyncpg.Connection, order_id: UUID) -> list[asyncpg.Record]:
    return await conn.fetch(
        "SELECT id, code, ticket_type_id, ticket_type_name, status, issued_at, checked_in_at FROM tickets"
        " WHERE order_id = $1 ORDER BY ticket_type_name, id",
        order_id,
    )


async def orders_of_event(conn: asyncpg.Connection, event_id: UUID, *, after: UUID | None,
                          limit: int) -> list[asyncpg.Record]:
    return await conn.fetch(
        "SELECT * FROM orders WHERE event_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3",
        event_id, after, limit,
    )


async def purge_keys(conn: asyncpg.Connection, *, before: datetime) -> int:
    status = await conn.execute("DELETE FROM idempotency_keys WHERE created_at < $1", before)
    return int(status.split()[-1])


async def _order(conn: asyncpg.Connection, row: asyncpg.Record) -> Order:
    lines = await conn.fetch("SELECT * FROM order_lines WHERE order_id = $1 ORDER BY ticket_type_id", row["id"])
    return Order(
        id=row["id"], event_id=row["event_id"], event_title=row["event_title"],
        buyer=Buyer(row["buyer_email"], row["buyer_name"], row["buyer_language"]),
        lines=tuple(OrderLine(line["ticket_type_id"], line["ticket_type_name"], line["quantity"],
                              Money(amount=line["unit_amount"], currency=line["currency"])) for line in lines),
        expires_at=row["expires_at"], status=OrderStatus(row["status"]), created_at=row["created_at"],
        secret_digest=row["secret_digest"], refunded=row["refunded_amount"], discount=row["discount_amount"],
        voucher_id=row["voucher_id"], voucher_code=row["voucher_code"],
    )
