"""Ordering use cases: place an order (seats held, payment opened), read it back."""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from uuid import UUID, uuid4

import asyncpg

from services.billing.orders import access, idempotency, repository
from services.billing.orders.domain import Buyer, Order
from services.billing.payments import repository as payment_repository
from services.billing.payments.domain import Payment, PaymentProvider
from services.billing.seats import repository as seats
from services.billing.seats.domain import EventOnSale, Seats
from services.billing.vouchers import repository as voucher_repository
from services.billing.vouchers.domain import Voucher
from shared.envelope import utc_now
from shared.errors import Conflict, DomainError, NotFound
from shared.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
LOCK_TIMEOUT = "2s"  # a buyer hears "sold out" or gets seats quickly, never queues for long


@dataclass(frozen=True)
class PlacedOrder:
    order: Order
    payment: Payment
    secret: str
    replayed: bool  # an earlier request with the same Idempotency-Key placed it


async def place_order(pool: asyncpg.Pool, provider: PaymentProvider, *, key: str, fingerprint: str,
                      event_id: UUID, buyer: Buyer, requested: Sequence[tuple[UUID, int]],
                      hold: timedelta, now: datetime | None = None, voucher_code: str | None = None) -> PlacedOrder:
    """Check the request against what is on sale, open the checkout, then record the order with its
    seats held in one transaction. A sold-out request is refused before any of that."""
    order_id, secret = uuid4(), access.new_secret()
    async with pool.acquire() as conn:
        if (earlier := await repository.key(conn, key)) is None:
            now = now or utc_now()
            (event, counters), voucher = await _event(conn, event_id), None
            if voucher_code:
                voucher = await voucher_repository.usable(conn, event_id, voucher_code, now)
            hold = timedelta(minutes=event.hold_minutes) if event.hold_minutes else hold  # the organisers' choice
            order = Order.reserve(id=order_id, event=event, buyer=buyer, requested=requested, now=now,
                                  hold=hold, secret_digest=access.secret_digest(secret), voucher=voucher)
            _refuse_if_sold_out(order, counters)
    if earlier is None:
        # No connection is held while the provider answers: a full pool would wait on itself.
        payment = await _checkout(provider, order)
        earlier = await _hold(pool, order, payment, voucher, key=key, fingerprint=fingerprint, secret=secret,
                              now=now)
    if earlier is not None:
        idempotency.check_same_request(key, earlier["fingerprint"], fingerprint)
        order, payment = await _order_and_payment(pool, earlier["order_id"])
        secret = earlier["order_secret"]
    return PlacedOrder(order, payment, secret, replayed=earlier is not None)


async def _checkout(provider: PaymentProvider, order: Order) -> Payment:
    """The provider's checkout, opened before anything is written: if it fails, the buyer retries with
    the same key and nothing is left behind. One the seats then run out for is simply never paid."""
    payment = Payment(id=uuid4(), order_id=order.id, provider=provider.name, amount=order.total)
    try:
        checkout = await provider.create_payment(
            reference=payment.id, amount=payment.amount, description=f"{order.event_title}, order {order.id}")
    except Exception:
        log.exception("payment provider failed to open a checkout", extra={"order_id": str(order.id)})
        raise DomainError("payment provider unavailable: retry with the same Idempotency-Key", status=502) from None
    return replace(payment, provider_payment_id=checkout.provider_payment_id, checkout_url=checkout.checkout_url)


class _KeyTaken(Exception):
    """A concurrent request with the same Idempotency-Key placed its order first."""


async def _hold(pool: asyncpg.Pool, order: Order, payment: Payment, voucher: Voucher | None, *, key: str,
                fingerprint: str, secret: str, now: datetime) -> asyncpg.Record | None:
    """Claim the key and record the order, its seats held at commit; None once committed, or the earlier
    request's key row if a concurrent one with the same key got there first. The order's events are
    written by the statement itself, so they are not collected."""
    try:
        async with UnitOfWork(pool, lock_timeout=LOCK_TIMEOUT) as uow:
            if voucher is not None:  # counted here: an order that fails later gives the use back by rolling back
                await voucher_repository.count_use(uow.conn, voucher, now)
            if not await repository.place(uow.conn, order, payment, key=key, fingerprint=fingerprint,
                                          secret=secret):
                raise _KeyTaken
        return None  # the seats are held at commit, or the commit failed (seats.sold_out_at_commit)
    except _KeyTaken:
        async with pool.acquire() as conn:
            return await repository.key(conn, key)
    except asyncpg.LockNotAvailableError:
        raise Conflict("sold out for now: too many buyers at once, try again", code="busy") from None
    except asyncpg.RaiseError as error:
        if (sold_out := seats.sold_out_at_commit(error)) is None:
            raise
        raise _sold_out(next(line for line in order.lines if line.ticket_type_id == sold_out)) from None


def _sold_out(line) -> Conflict:
    return Conflict(f"sold out: fewer than {line.quantity} seats left for {line.ticket_type_name!r}", code="sold_out")


def _refuse_if_sold_out(order: Order, counters: dict[UUID, Seats]) -> None:
    """Told at once, before any transaction, when the latest committed counters show too few seats left,
    of a ticket type or of the quota several lines share."""
    wanted_of_quota: dict[str, int] = {}
    for line in order.lines:
        seats_left = counters[line.ticket_type_id]
        if line.quantity > seats_left.left:
            raise _sold_out(line)
        if seats_left.quota_left is not None:
            wanted_of_quota[seats_left.quota] = wanted_of_quota.get(seats_left.quota, 0) + line.quantity
            if wanted_of_quota[seats_left.quota] > seats_left.quota_left:
                raise _sold_out(line)


async def get_order(pool: asyncpg.Pool, *, order_id: UUID, secret: str | None) -> tuple[Order, Payment]:
    """404 alike for an unknown order and a wrong secret or link key: ids reveal nothing."""
    order, payment = await _order_and_payment(pool, order_id)
    if not access.secret_matches(secret, order.secret_digest, order_id=order.id):
        raise NotFound(f"order {order_id} not found")
    return order, payment


async def tickets(pool: asyncpg.Pool, *, order_id: UUID, secret: str | None) -> list[asyncpg.Record]:
    await get_order(pool, order_id=order_id, secret=secret)
    async with pool.acquire() as conn:
        return await repository.tickets(conn, order_id)


async def availability(pool: asyncpg.Pool, *, event_id: UUID) -> tuple[EventOnSale, list[Seats]]:
    async with pool.acquire() as conn:
        if (found := await seats.availability(conn, event_id)) is None:
            raise NotFound(f"event {event_id} is not on sale here (unknown or not published)")
    return found


async def _event(conn: asyncpg.Connection, event_id: UUID) -> tuple[EventOnSale, dict[UUID, Seats]]:
    if (found := await seats.availability(conn, event_id)) is None:
        raise DomainError(f"event_id: unknown event {event_id} (not published, or not yet known to billing)")
    event, counters = found
    return event, {s.ticket_type_id: s for s in counters}


async def _order_and_payment(pool: asyncpg.Pool, order_id: UUID) -> tuple[Order, Payment]:
    async with pool.acquire() as conn:
        order = await repository.get_order(conn, order_id)
        payment = await payment_repository.payment_of(conn, order_id) if order else None
    if order is None or payment is None:
        raise NotFound(f"order {order_id} not found")
    return order, payment
