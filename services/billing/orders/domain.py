"""Orders and their state machine: reserved, paid, refunded in part or in full, expired, cancelled. No I/O."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from uuid import UUID, uuid4

from services.billing.orders import access
from services.billing.seats.domain import EventOnSale, total
# Buyer and OrderLine are imported from here by other modules too.
from services.billing.orders.lines import Buyer, OrderLine, Ticket, line_of, refuse_repeated_ticket_types  # noqa: F401
from services.billing.vouchers.domain import Voucher
from shared.contracts.billing import (
    OrderCancelled, OrderExpired, OrderPaid, OrderRefunded, OrderReserved, RefundIssued, TicketsIssued, TicketsVoided,
)
from shared.envelope import Envelope, utc_now
from shared.errors import Conflict, DomainError
from shared.money import Money


class OrderStatus(StrEnum):
    RESERVED = "reserved"
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially_refunded"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


S = OrderStatus
# The whole life of an order. A payment that arrives after the hold expired pays the
# order if the seats are still free, otherwise it is refunded.
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.RESERVED: frozenset({S.PAID, S.EXPIRED, S.CANCELLED}),
    S.EXPIRED: frozenset({S.PAID, S.REFUNDED}),
    S.PAID: frozenset({S.PARTIALLY_REFUNDED, S.REFUNDED}),
    S.PARTIALLY_REFUNDED: frozenset({S.PARTIALLY_REFUNDED, S.REFUNDED}),
    S.CANCELLED: frozenset(),
    S.REFUNDED: frozenset(),
}


class InvalidTransition(Conflict):
    pass


@dataclass
class Order:
    event_id: UUID
    event_title: str
    buyer: Buyer
    lines: tuple[OrderLine, ...]
    expires_at: datetime
    status: OrderStatus = OrderStatus.RESERVED
    id: UUID = field(default_factory=uuid4)
    created_at: datetime = field(default_factory=utc_now)
    tickets: tuple[Ticket, ...] = ()
    secret_digest: str = field(default="", repr=False)  # see access.py
    refunded: int = 0  # minor units given back so far
    discount: int = 0  # minor units a voucher took off
    voucher_id: UUID | None = None
    voucher_code: str | None = None
    events: list[Envelope] = field(default_factory=list, repr=False)

    @property
    def subtotal(self) -> Money:
        return total(line.subtotal for line in self.lines)

    @property
    def total(self) -> Money:
        """What the buyer pays: the lines less the voucher's discount."""
        subtotal = self.subtotal
        return Money(amount=subtotal.amount - self.discount, currency=subtotal.currency)

    @classmethod
    def reserve(cls, *, id: UUID, event: EventOnSale, buyer: Buyer, requested: Sequence[tuple[UUID, int]],
                now: datetime, hold: timedelta, secret_digest: str, voucher: Voucher | None = None) -> "Order":
        """Check every requested line against what is on sale; seats are counted elsewhere."""
        if event.cancelled:
            raise DomainError(f"event_id: event {event.id} was cancelled; its tickets are no longer sold")
        refuse_repeated_ticket_types(requested)
        lines = tuple(line_of(event, index, ticket_type_id, quantity, now)
                      for index, (ticket_type_id, quantity) in enumerate(requested))
        order = cls(id=id, event_id=event.id, event_title=event.title, buyer=buyer, lines=lines,
                    expires_at=now + hold, created_at=now, secret_digest=secret_digest)
        order.total  # one currency per order, checked before any voucher
        if voucher is not None:
            order.discount, order.voucher_id, order.voucher_code = voucher.discount(lines), voucher.id, voucher.code
        order.events.append(OrderReserved(
            aggregate_id=order.id, event_id=order.event_id, buyer_email=buyer.email, buyer_name=buyer.name,
            language=buyer.language, lines=tuple(line.contract() for line in lines), total=order.total,
            expires_at=order.expires_at, voucher_code=order.voucher_code,
            discount=Money(amount=order.discount, currency=order.total.currency) if voucher else None,
        ))
        return order

    def pay(self, *, payment_id: UUID) -> None:
        """Paid: one ticket per seat, announced with the key of the order's link for the buyer's e-mail."""
        self._move(OrderStatus.PAID)
        self.tickets = tuple(Ticket(line.ticket_type_id, line.ticket_type_name)
                             for line in self.lines for _ in range(line.quantity))
        self.events += [
            OrderPaid(aggregate_id=self.id, event_id=self.event_id, payment_id=payment_id, total=self.total),
            TicketsIssued(
                aggregate_id=self.id, event_id=self.event_id, event_title=self.event_title,
                buyer_email=self.buyer.email, buyer_name=self.buyer.name, language=self.buyer.language,
                tickets=tuple(ticket.contract() for ticket in self.tickets), order_link_key=access.link_key(self.id),
            ),
        ]

    def expire(self) -> None:
        self._move(OrderStatus.EXPIRED)
        self.events.append(OrderExpired(aggregate_id=self.id, event_id=self.event_id,
                                        lines=tuple(line.contract() for line in self.lines)))

    def refund(self, *, payment_id: UUID, amount: Money, reason: str, refund_id: UUID | None = None) -> None:
        """A payment that came too late (the hold expired, the seats are gone) goes straight back."""
        self._move(OrderStatus.REFUNDED)
        self.refunded = amount.amount
        self.events.append(OrderRefunded(aggregate_id=self.id, event_id=self.event_id,
                                         payment_id=payment_id, amount=amount, reason=reason))
        if refund_id is not None:
            self.events.append(RefundIssued(
                aggregate_id=self.id, event_id=self.event_id, refund_id=refund_id, payment_id=payment_id,
                amount=amount, refunded_total=amount, full=True, reason=reason, buyer_email=self.buyer.email,
                language=self.buyer.language))

    def cancel(self, *, reason: str) -> None:
        """An unpaid hold ends because its event was cancelled."""
        self._move(OrderStatus.CANCELLED)
        self.events.append(OrderCancelled(aggregate_id=self.id, event_id=self.event_id, reason=reason))

    @property
    def refundable(self) -> Money:
        return Money(amount=self.total.amount - self.refunded, currency=self.total.currency)

    def give_back(self, *, refund_id: UUID, payment_id: UUID, amount: int | None, reason: str,
                  ticket_ids: Sequence[UUID] = ()) -> Money:
        """Refund `amount` (everything left if None) of a paid order; the whole of it voids its tickets."""
        left = self.refundable.amount
        amount = left if amount is None else amount
        if self.status in (OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED) and not 1 <= amount <= left:
            raise DomainError(f"amount: must be between 1 and the {left} {self.total.currency} left to refund,"
                              f" got {amount}")
        full = amount == left
        self._move(OrderStatus.REFUNDED if full else OrderStatus.PARTIALLY_REFUNDED)
        self.refunded += amount
        money = Money(amount=amount, currency=self.total.currency)
        self.events.append(RefundIssued(
            aggregate_id=self.id, event_id=self.event_id, refund_id=refund_id, payment_id=payment_id,
            amount=money, refunded_total=Money(amount=self.refunded, currency=money.currency), full=full,
            reason=reason, buyer_email=self.buyer.email, language=self.buyer.language))
        if full:
            self.events += [
                OrderRefunded(aggregate_id=self.id, event_id=self.event_id, payment_id=payment_id,
                              amount=money, reason=reason),
                TicketsVoided(aggregate_id=self.id, event_id=self.event_id, ticket_ids=tuple(ticket_ids),
                              reason=reason),
            ]
        return money

    def can_move(self, to: OrderStatus) -> bool:
        return to in TRANSITIONS[self.status]

    def _move(self, to: OrderStatus) -> None:
        if not self.can_move(to):
            raise InvalidTransition(f"order {self.id} is {self.status}; it cannot become {to}")
        self.status = to
