"""The cancellation saga: EventCancelled → every held order cancelled, every paid order refunded once.

The Kafka handler only records the saga as due: one waiting on the payment provider would stall its
partition. The housekeeping job runs it.

Its state is the `cancellations` row plus the orders themselves: each step takes one
order still paid or held (locked, so replicas share the work), refunds or cancels it
in its own transaction under the purpose `event-cancelled:<order>`, and commits.
A crash loses at most the provider call of the last step; `resume` (run by the
housekeeping job) carries on and re-sends refunds the provider has not confirmed.
"""

import logging
from uuid import UUID

import asyncpg

from services.billing.orders import repository as orders
from services.billing.orders.domain import OrderStatus
from services.billing.payments import repository as payment_repository
from services.billing.payments import service as settlement
from services.billing.payments.domain import PaymentProvider, RefundOwed
from services.billing.refunds import repository
from services.billing.refunds import service as refunds
from services.billing.seats import repository as seats
from services.billing.seats.domain import in_lock_order
from services.billing.vouchers import repository as voucher_repository
from shared.contracts.events import EventCancelled
from shared.envelope import utc_now
from shared.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


async def on_event_cancelled(uow: UnitOfWork, event: EventCancelled) -> None:
    """Stop sales and record the saga as due; a second delivery (any message id) changes nothing."""
    await repository.start_cancellation(uow.conn, event.aggregate_id, cancelled_at=event.occurred_at,
                                        reason=f"event cancelled: {event.reason}")


async def resume(pool: asyncpg.Pool, provider: PaymentProvider) -> None:
    """Run every saga not yet finished (the housekeeping job's step)."""
    async with pool.acquire() as conn:
        running = await repository.unfinished(conn)
    for event_id in running:
        await run(pool, provider, event_id)


async def run(pool: asyncpg.Pool, provider: PaymentProvider, event_id: UUID) -> None:
    """Step until no order is left, then make sure the provider has every refund."""
    while (owed := await step(pool, event_id)) is not False:
        if owed is not None:
            await settlement.send_refund(pool, provider, owed)
    async with pool.acquire() as conn:
        unconfirmed = await payment_repository.requested_refunds(conn, created_before=utc_now(), event_id=event_id)
    for refund in unconfirmed:  # those whose provider call a crash cut off
        await settlement.send_refund(pool, provider, refund)


async def step(pool: asyncpg.Pool, event_id: UUID) -> RefundOwed | None | bool:
    """Settle one order: the refund owed, None for a cancelled hold, False once none is left."""
    async with UnitOfWork(pool) as uow:
        reason = await repository.reason(uow.conn, event_id)
        order_id = await repository.next_unsettled_order(uow.conn, event_id)
        if reason is None or order_id is None:
            await repository.finish(uow.conn, event_id)
            return False
        order = await orders.get_order(uow.conn, order_id)
        if order.status is not OrderStatus.RESERVED:
            return await refunds.give_back(uow, order, amount=None, reason=reason,
                                           purpose=f"event-cancelled:{order.id}")
        order.cancel(reason=reason)
        await voucher_repository.give_back(uow.conn, order.voucher_id)  # voucher before seats, as orders lock them
        for line in in_lock_order(order.lines):
            await seats.release(uow.conn, line.ticket_type_id, line.quantity)
        await orders.save_status(uow.conn, order)
        uow.collect(order)  # the seats are announced by jobs.announcer
        return None
