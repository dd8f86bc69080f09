"""The cancellation saga: EventCancelled → every held order cancelled, every paid order refunded once.

Its state is the `cancellations` row plus the orders themselves: each step takes one
order still paid or held (locked, so replicas share the work), refunds or cancels it
in its own transaction under the purpose `event-cancelled:<order>`, and commits.
A crash loses at most the provider call of the last step; `resume` (run by the
housekeeping loop) carries on and re-sends refunds the provider has not confirmed.
"""

import logging
from uuid import UUID

import asyncpg

from services.billing.payments import repository as payment_repository
from services.billing.refunds import service as refunds
from services.billing.orders import repository
from services.billing.seats import repository as seats
from services.billing.payments import service as settlement
from services.billing.vouchers import repository as voucher_repository
from services.billing.orders.domain import OrderStatus
from services.billing.payments.domain import PaymentProvider, RefundOwed
from shared import inbox, outbox
from shared.contracts.events import EventCancelled
from shared.envelope import utc_now

log = logging.getLogger(__name__)


async def start(pool: asyncpg.Pool, event: EventCancelled) -> None:
    """Stop sales and remember the saga; a second delivery (any message id) changes nothing."""
    async def apply(conn: asyncpg.Connection) -> None:
        known = await conn.fetchval("UPDATE events SET cancelled_at = coalesce(cancelled_at, $2) WHERE id = $1"
                                    " RETURNING true", event.aggregate_id, event.occurred_at)
        if known:  # an event never on sale here sold nothing
            await conn.execute("INSERT INTO cancellations (event_id, reason) VALUES ($1, $2)"
                               " ON CONFLICT DO NOTHING", event.aggregate_id, f"event cancelled: {event.reason}")

    await inbox.apply_once(pool, consumer=event.type, event=event, apply=lambda uow: apply(uow.conn))


async def run(pool: asyncpg.Pool, provider: PaymentProvider, event_id: UUID) -> None:
    """Step until no order is left, then make sure the provider has every refund."""
    while (owed := await step(pool, event_id)) is not False:
        if owed is not None:
            await settlement.send_refund(pool, provider, owed)
    async with pool.acquire() as conn:
        unconfirmed = await payment_repository.requested_refunds(conn, created_before=utc_now(), event_id=event_id)
    for refund in unconfirmed:  # those whose provider call a crash cut off
        await settlement.send_refund(pool, provider, refund)


async def resume(pool: asyncpg.Pool, provider: PaymentProvider) -> None:
    async with pool.acquire() as conn:
        running = await conn.fetch("SELECT event_id FROM cancellations WHERE finished_at IS NULL ORDER BY started_at")
    for row in running:
        await run(pool, provider, row["event_id"])


async def step(pool: asyncpg.Pool, event_id: UUID) -> RefundOwed | None | bool:
    """Settle one order: the refund owed, None for a cancelled hold, False once none is left."""
    async with pool.acquire() as conn, conn.transaction():
        reason = await conn.fetchval("SELECT reason FROM cancellations WHERE event_id = $1", event_id)
        order_id = await conn.fetchval(
            "SELECT id FROM orders WHERE event_id = $1 AND status IN ('reserved', 'paid', 'partially_refunded')"
            " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", event_id)
        if reason is None or order_id is None:
            # Finished only when no order is left, not merely none unlocked (another replica's step).
            await conn.execute(
                "UPDATE cancellations SET finished_at = now() WHERE event_id = $1 AND finished_at IS NULL"
                " AND NOT EXISTS (SELECT 1 FROM orders WHERE event_id = $1"
                "  AND status IN ('reserved', 'paid', 'partially_refunded'))", event_id)
            return False
        order = await repository.get_order(conn, order_id)
        if order.status is not OrderStatus.RESERVED:
            return await refunds.give_back(conn, order, amount=None, reason=reason,
                                           purpose=f"event-cancelled:{order.id}")
        order.cancel(reason=reason)
        await voucher_repository.give_back(conn, order.voucher_id)  # voucher before seats, as orders lock them
        for line in sorted(order.lines, key=lambda line: line.ticket_type_id):
            await seats.release(conn, line.ticket_type_id, line.quantity)
        await repository.save_status(conn, order)
        await outbox.record(conn, order.events)  # the seats are announced by jobs.announcer
        return None
