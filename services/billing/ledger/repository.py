"""The ledger in SQL: one transaction per sale and per refund, written with the change that causes it."""

from uuid import UUID, uuid4

import asyncpg

from services.billing.ledger import domain as ledger
from services.billing.organisers import repository as organisers
from services.billing.orders.domain import Order
from services.billing.ledger.domain import Entry


async def record_sale(conn: asyncpg.Connection, order: Order, fee_bps: int) -> None:
    shares = await organisers.of_event(conn, order.event_id)
    await _write(conn, order, "sale", ledger.sale(order.total.amount, fee_bps, shares), fee_bps=fee_bps)


async def record_refund(conn: asyncpg.Connection, order: Order, refund_id: UUID, amount: int) -> None:
    """Reverse `amount` of the order's sale in proportion; an order sold before the ledger existed has none."""
    rows = await conn.fetch(
        "SELECT e.account, e.component, e.amount FROM ledger_entries e"
        " JOIN ledger_transactions t ON t.id = e.transaction_id WHERE t.order_id = $1", order.id)
    if not rows:
        return
    lead = ledger.lead_account(await organisers.of_event(conn, order.event_id))
    entries = ledger.refund(ledger.balances(Entry(**dict(r)) for r in rows), amount, lead)
    await _write(conn, order, "refund", entries, refund_id=refund_id)


async def event_entries(conn: asyncpg.Connection, event_id: UUID) -> list[tuple[str, Entry]]:
    rows = await conn.fetch(
        "SELECT t.currency, e.account, e.component, e.amount FROM ledger_entries e"
        " JOIN ledger_transactions t ON t.id = e.transaction_id WHERE t.event_id = $1", event_id)
    return [(r["currency"], Entry(r["account"], r["component"], r["amount"])) for r in rows]


async def _write(conn: asyncpg.Connection, order: Order, kind: str, entries: list[Entry], *,
                 refund_id: UUID | None = None, fee_bps: int | None = None) -> None:
    transaction_id = uuid4()
    await conn.execute(
        "INSERT INTO ledger_transactions (id, event_id, order_id, kind, refund_id, currency, fee_bps)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        transaction_id, order.event_id, order.id, kind, refund_id, order.total.currency, fee_bps)
    await conn.executemany(
        "INSERT INTO ledger_entries (transaction_id, account, component, amount) VALUES ($1, $2, $3, $4)",
        [(transaction_id, e.account, e.component, e.amount) for e in entries if e.amount])
