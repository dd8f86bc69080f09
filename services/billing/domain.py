"""Orders, their state machine and their tickets. No I/O."""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from uuid import UUID, uuid4

from services.billing.inventory import EventOnSale, total
from shared.contracts.billing import (
    IssuedTicket, OrderExpired, OrderPaid, OrderRefunded, OrderReserved, TicketsIssued,
)
from shared.contracts.billing import OrderLine as OrderLineContract
from shared.envelope import Envelope, utc_now
from shared.http import Conflict, DomainError
from shared.money import Money


class OrderStatus(StrEnum):
    RESERVED = "reserved"
    PAID = "paid"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


S = OrderStatus
# The whole life of an order. A payment that arrives after the hold expired pays the
# order if the seats are still free, otherwise it is refunded.
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.RESERVED: frozenset({S.PAID, S.EXPIRED, S.CANCELLED}),
    S.EXPIRED: frozenset({S.PAID, S.REFUNDED}),
    S.PAID: frozenset({S.REFUNDED}),
    S.CANCELLED: frozenset(),
    S.REFUNDED: frozenset(),
}


class InvalidTransition(Conflict):
    pass


@dataclass(frozen=True)
class Buyer:
    email: str
    name: str
    language: str = "en"


@dataclass(frozen=True)
class OrderLine:
    ticket_type_id: UUID
    ticket_type_name: str
    quantity: int
    unit_price: Money

    @property
    def subtotal(self) -> Money:
        return self.unit_price * self.quantity

    def contract(self) -> OrderLineContract:
        return OrderLineContract(
            ticket_type_id=self.ticket_type_id, quantity=self.quantity, unit_price=self.unit_price
        )


@dataclass(frozen=True)
class Ticket:
    ticket_type_id: UUID
    ticket_type_name: str
    id: UUID = field(default_factory=uuid4)
    code: str = field(default_factory=lambda: secrets.token_urlsafe(16))  # 128 bits: unguessable

    def contract(self) -> IssuedTicket:
        return IssuedTicket(ticket_id=self.id, code=self.code, ticket_type_id=self.ticket_type_id,
                            ticket_type_name=self.ticket_type_name)


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
    events: list[Envelope] = field(default_factory=list, repr=False)

    @property
    def total(self) -> Money:
        return total(line.subtotal for line in self.lines)

    @classmethod
    def reserve(cls, *, id: UUID, event: EventOnSale, buyer: Buyer, requested: Sequence[tuple[UUID, int]],
                now: datetime, hold: timedelta, secret_digest: str) -> "Order":
        """Check every requested line against what is on sale; seats are counted elsewhere."""
        _refuse_repeated_ticket_types(requested)
        lines = tuple(_line(event, index, ticket_type_id, quantity, now)
                      for index, (ticket_type_id, quantity) in enumerate(requested))
        order = cls(id=id, event_id=event.id, event_title=event.title, buyer=buyer, lines=lines,
                    expires_at=now + hold, created_at=now, secret_digest=secret_digest)
        order.events.append(OrderReserved(
            aggregate_id=order.id, event_id=order.event_id, buyer_email=buyer.email, buyer_name=buyer.name,
            language=buyer.language, lines=tuple(line.contract() for line in lines), total=order.total,
            expires_at=order.expires_at,
        ))
        return order

    def pay(self, *, payment_id: UUID) -> None:
        """Paid: one ticket per seat."""
        self._move(OrderStatus.PAID)
        self.tickets = tuple(Ticket(line.ticket_type_id, line.ticket_type_name)
                             for line in self.lines for _ in range(line.quantity))
        self.events += [
            OrderPaid(aggregate_id=self.id, event_id=self.event_id, payment_id=payment_id, total=self.total),
            TicketsIssued(
                aggregate_id=self.id, event_id=self.event_id, event_title=self.event_title,
                buyer_email=self.buyer.email, buyer_name=self.buyer.name, language=self.buyer.language,
                tickets=tuple(ticket.contract() for ticket in self.tickets),
            ),
        ]

    def expire(self) -> None:
        self._move(OrderStatus.EXPIRED)
        self.events.append(OrderExpired(aggregate_id=self.id, event_id=self.event_id,
                                        lines=tuple(line.contract() for line in self.lines)))

    def refund(self, *, payment_id: UUID, amount: Money, reason: str) -> None:
        self._move(OrderStatus.REFUNDED)
        self.events.append(OrderRefunded(aggregate_id=self.id, event_id=self.event_id,
                                         payment_id=payment_id, amount=amount, reason=reason))

    def can_move(self, to: OrderStatus) -> bool:
        return to in TRANSITIONS[self.status]

    def _move(self, to: OrderStatus) -> None:
        if not self.can_move(to):
            raise InvalidTransition(f"order {self.id} is {self.status}; it cannot become {to}")
        self.status = to


def _line(event: EventOnSale, index: int, ticket_type_id: UUID, quantity: int, now: datetime) -> OrderLine:
    where = f"lines[{index}]"
    ticket_type = event.ticket_types.get(ticket_type_id)
    if ticket_type is None:
        raise DomainError(f"{where}.ticket_type_id: unknown ticket type {ticket_type_id} for event {event.id}")
    if quantity < 1:
        raise DomainError(f"{where}.quantity: must be at least 1, got {quantity}")
    ticket_type.check_purchasable(quantity, now, field=where)
    return OrderLine(ticket_type.id, ticket_type.name, quantity, ticket_type.price)


def _refuse_repeated_ticket_types(requested: Sequence[tuple[UUID, int]]) -> None:
    seen: set[UUID] = set()
    for index, (ticket_type_id, _) in enumerate(requested):
        if ticket_type_id in seen:
            raise DomainError(f"lines[{index}].ticket_type_id: ticket type {ticket_type_id} is already in another line")
        seen.add(ticket_type_id)

