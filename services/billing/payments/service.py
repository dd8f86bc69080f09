"""Settling payments: what a provider's webhook changes, and the refunds billing owes.

A webhook is applied once (its id is remembered in the same transaction), and in
any order: a decline after a success, or a second success, changes nothing.
"""

import logging
from dataclasses import replace
from uuid import uuid4

import asyncpg

from services.billing.ledger import repository as ledger_repository
from services.billing.payments import repository as payment_repository
from services.billing.orders import repository
from services.billing.seats import repository as seats
from services.billing.vouchers import repository as voucher_repository
from services.billing.orders.domain import Order, OrderStatus
from services.billing.payments.domain import (
    InvalidWebhook, Outcome, Payment, PaymentNotice, PaymentProvider, PaymentStatus, RefundOwed,
)
from services.billing.seats.domain import in_lock_order
from shared.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


async def apply_webhook(pool: asyncpg.Pool, provider: PaymentProvider, notice: PaymentNotice, *,
                        fee_bps: int = 0) -> str:
    """Apply a verified webhook once; says what happened, for the provider's delivery log."""
    refund = None
    async with UnitOfWork(pool) as uow:
        if not await payment_repository.remember_webhook(uow.conn, provider.name, notice.webhook_id):
            return "duplicate"
        payment = await _payment(uow.conn, provider, notice)
        if notice.outcome is Outcome.DECLINED:
            result = await _declined(uow.conn, payment)
        else:
            result, refund = await _succeeded(uow, payment, fee_bps)
    if refund is not None:
        await send_refund(pool, provider, refund)
    return result


async def send_refund(pool: asyncpg.Pool, provider: PaymentProvider, refund: RefundOwed) -> None:
    """Ask the provider; on failure the refund stays requested and the housekeeping loop retries."""
    try:
        provider_refund_id = await provider.refund(
            provider_payment_id=refund.provider_payment_id, amount=refund.amount, reference=refund.id
        )
    except Exception:
        log.exception("refund failed, will retry", extra={"refund_id": str(refund.id)})
        return
    async with UnitOfWork(pool) as uow:
        await payment_repository.refund_done(uow.conn, refund.id, provider_refund_id)


async def _payment(conn: asyncpg.Connection, provider: PaymentProvider, notice: PaymentNotice) -> Payment:
    payment = await payment_repository.get_payment(conn, notice.reference, lock=True)
    if payment is None or payment.provider != provider.name:
        raise InvalidWebhook(f"webhook names unknown payment {notice.reference}")
    if payment.provider_payment_id not in (None, notice.provider_payment_id):
        raise InvalidWebhook(f"webhook names payment {notice.provider_payment_id}, not {payment.provider_payment_id}")
    if payment.provider_payment_id is None:  # paid before its checkout was recorded here
        payment = replace(payment, provider_payment_id=notice.provider_payment_id)
    if notice.amount != payment.amount:
        raise InvalidWebhook(f"webhook amount {notice.amount.amount} {notice.amount.currency} does not match"
                             f" the payment's {payment.amount.amount} {payment.amount.currency}")
    return payment


async def _declined(conn: asyncpg.Connection, payment: Payment) -> str:
    if payment.status not in (PaymentStatus.PENDING, PaymentStatus.DECLINED):
        return f"ignored: payment already {payment.status}"  # a decline overtaken by a success
    await payment_repository.set_status(conn, payment.id, PaymentStatus.DECLINED)
    return "declined"  # the order stays reserved: the buyer may try again until the hold expires


async def _succeeded(uow: UnitOfWork, payment: Payment, fee_bps: int) -> tuple[str, RefundOwed | None]:
    if payment.status in (PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED):
        return f"ignored: payment already {payment.status}", None
    conn = uow.conn
    await payment_repository.set_status(conn, payment.id, PaymentStatus.SUCCEEDED)
    order = await repository.get_order(conn, payment.order_id, lock=True)
    uow.collect(order)
    if order.status is OrderStatus.RESERVED:
        await _pay(conn, order, payment, fee_bps)
        # Held seats become sold at commit: the ticket type's row, which every buyer needs, is never locked
        # across a round trip.
        for line in in_lock_order(order.lines):
            await seats.sell_held_at_commit(conn, line.ticket_type_id, line.quantity)
        return "paid", None
    was, refund = order.status, None
    if await _take_seats(conn, order):
        await _pay(conn, order, payment, fee_bps)
    else:
        refund = await _owe_refund(conn, order, payment)
        await repository.save_status(conn, order)
    return ("paid" if refund is None else f"refunded: order was {was}"), refund


async def _pay(conn: asyncpg.Connection, order: Order, payment: Payment, fee_bps: int) -> None:
    order.pay(payment_id=payment.id)
    await repository.add_tickets(conn, order)
    await ledger_repository.record_sale(conn, order, fee_bps)
    await repository.save_status(conn, order)


async def _take_seats(conn: asyncpg.Connection, order: Order) -> bool:
    """Whether a payment of an order no longer holding any seats (its hold ran out) could buy them."""
    lines = in_lock_order(order.lines)
    if order.status is not OrderStatus.EXPIRED or await seats.event_cancelled(conn, order.event_id):
        return False  # paid by another payment, cancelled or refunded already, or the event is off
    try:
        async with conn.transaction():  # a savepoint: every line's seats or none
            if not await voucher_repository.retake(conn, order.voucher_id):
                raise _SeatsGone
            for line in lines:
                if not await seats.sell_free(conn, line.ticket_type_id, line.quantity):
                    raise _SeatsGone
        return True
    except _SeatsGone:
        return False


class _SeatsGone(Exception):
    pass


async def _owe_refund(conn: asyncpg.Connection, order: Order, payment: Payment) -> RefundOwed:
    reason = ("payment arrived after the hold expired and the seats were gone"
              if order.status is OrderStatus.EXPIRED else f"order was already {order.status}")
    if await seats.event_cancelled(conn, order.event_id):
        reason = "the event was cancelled"
    refund = RefundOwed(uuid4(), payment.provider_payment_id, payment.amount)
    if order.status is OrderStatus.EXPIRED:  # never another payment's paid order
        order.refund(payment_id=payment.id, amount=payment.amount, reason=reason, refund_id=refund.id)
    await payment_repository.add_refund(conn, refund.id, payment, reason)
    return refund
