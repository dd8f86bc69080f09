"""What an order is made of: its buyer, lines and tickets, and the rules for a requested line. No I/O."""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID, uuid4

from services.billing.seats.domain import EventOnSale
from shared.contracts.billing import IssuedTicket
from shared.contracts.billing import OrderLine as OrderLineContract
from shared.errors import DomainError
from shared.money import Money


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


def line_of(event: EventOnSale, index: int, ticket_type_id: UUID, quantity: int, now: datetime) -> OrderLine:
    where = f"lines[{index}]"
    ticket_type = event.ticket_types.get(ticket_type_id)
    if ticket_type is None:
        raise DomainError(f"{where}.ticket_type_id: unknown ticket type {ticket_type_id} for event {event.id}")
    if quantity < 1:
        raise DomainError(f"{where}.quantity: must be at least 1, got {quantity}")
    ticket_type.check_purchasable(quantity, now, field=where)
    return OrderLine(ticket_type.id, ticket_type.name, quantity, ticket_type.price)


def refuse_repeated_ticket_types(requested: Sequence[tuple[UUID, int]]) -> None:
    seen: set[UUID] = set()
    for index, (ticket_type_id, _) in enumerate(requested):
        if ticket_type_id in seen:
            raise DomainError(f"lines[{index}].ticket_type_id: ticket type {ticket_type_id} is already in another line")
        seen.add(ticket_type_id)

