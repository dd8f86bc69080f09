"""A reservation written in one statement: the key claimed, the order, its lines and payment,
its events, and its seats journalled to be held at commit (see migration 0009).

Under a rush every round trip is CPU on a shared machine; this replaces six of them.
Everything hangs on the key's claim: if a concurrent request with the same key got it,
the statement writes nothing and says so.
"""

import json

import asyncpg

from services.billing.orders.domain import Order
from services.billing.payments.domain import Payment
from shared import outbox

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
    INSERT INTO outbox (message_id, topic, message_key, event_type, payload, headers)
    SELECT e.message_id, e.topic, e.message_key, e.event_type, e.payload::jsonb, e.headers::jsonb FROM claimed,
        unnest($30::uuid[], $31::text[], $32::text[], $33::text[], $34::text[], $35::text[])
        AS e(message_id, topic, message_key, event_type, payload, headers)
), moved AS (
    INSERT INTO seat_moves (ticket_type_id, held, sold)
    SELECT m.ticket_type_id, m.quantity, 0 FROM claimed,
        unnest($36::uuid[], $37::int[]) WITH ORDINALITY AS m(ticket_type_id, quantity, n) ORDER BY m.n
)
SELECT count(*) FROM claimed
"""


async def place(conn: asyncpg.Connection, order: Order, payment: Payment, *, key: str, fingerprint: str,
                secret: str) -> bool:
    """Record `order` under `key`; False (nothing written) if another request claimed the key."""
    total, buyer = order.total, order.buyer
    lines = order.lines
    events = outbox.rows(order.events)
    holds = sorted(lines, key=lambda line: line.ticket_type_id)  # the lock order of every path
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
        [e[0] for e in events], [e[1] for e in events], [e[2] for e in events], [e[3] for e in events],
        [json.dumps(e[4]) for e in events], [json.dumps(e[5]) for e in events],
        [line.ticket_type_id for line in holds], [line.quantity for line in holds],
    ))
