"""Giving money back: an organiser's full or partial refund, and the one each cancelled order gets.

A refund is decided in one transaction with the order's new state (and its voided
tickets, released seats and events); the provider is asked after commit, and the
housekeeping loop retries until it confirms. `purpose` keys a refund, so the same
request or saga step cannot refund twice.
"""

from dataclasses import dataclass
from uuid import UUID, uuid4

import asyncpg

from services.billing.ledger import repository as ledger_repository
from services.billing.organisers import repository as organisers
from services.billing.payments import repository as payment_repository
from services.billing.orders import repository
from services.billing.seats import repository as seats
from services.billing.payments import service as settlement
from services.billing.orders.domain import Order, OrderStatus
from services.billing.payments.domain import PaymentProvider, RefundOwed
from services.billing.seats.domain import in_lock_order
from shared.auth import Principal
from shared.errors import Conflict, NotFound
from shared.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Refunded:
    refund: asyncpg.Record
    order: Order
    replayed: bool


async def by_organiser(pool: asyncpg.Pool, provider: PaymentProvider, *, principal: Principal, order_id: UUID,
                       amount: int | None, reason: str, key: str | None) -> Refunded:
    purpose = f"organiser:{order_id}:{key}" if key else None
    async with UnitOfWork(pool) as uow:
        order = await repository.get_order(uow.conn, order_id, lock=True)
        if order is None:
            raise NotFound(f"order {order_id} not found")
        await organisers.require_organiser(uow.conn, principal, order.event_id, "refunding an order")
        if purpose and (earlier := await payment_repository.refund_for(uow.conn, purpose)):
            return Refunded(earlier, order, replayed=True)
        owed = await give_back(uow, order, amount=amount, reason=reason, purpose=purpose)
    await settlement.send_refund(pool, provider, owed)
    async with pool.acquire() as conn:
        return Refunded(await payment_repository.refund_for_id(conn, owed.id), order, replayed=False)


async def give_back(uow: UnitOfWork, order: Order, *, amount: int | None, reason: str,
                    purpose: str | None) -> RefundOwed:
    """In the caller's unit of work, with the order locked: record the refund and everything it changes."""
    conn = uow.conn
    if order.status not in (OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED):
        raise Conflict(f"order {order.id} is {order.status}: only paid orders can be refunded")
    payment = await payment_repository.succeeded_payment_of(conn, order.id)
    refund_id = uuid4()
    left = order.refundable.amount
    ticket_ids = await repository.void_tickets(conn, order.id) if amount in (None, left) else []
    money = order.give_back(refund_id=refund_id, payment_id=payment.id, amount=amount, reason=reason,
                            ticket_ids=ticket_ids)
    if not await payment_repository.add_refund(conn, refund_id, payment, reason, amount=money, purpose=purpose):
        raise Conflict(f"order {order.id}: a refund for {purpose} exists already")
    await ledger_repository.record_refund(conn, order, refund_id, money.amount)
    if order.status is OrderStatus.REFUNDED:  # the seats of a wholly refunded order go back on sale
        for line in in_lock_order(order.lines):
            await seats.unsell(conn, line.ticket_type_id, line.quantity)
    await repository.save_status(conn, order)
    uow.collect(order)  # the seats are announced by jobs.announcer
    return RefundOwed(refund_id, payment.provider_payment_id, money)
