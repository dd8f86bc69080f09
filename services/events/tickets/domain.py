"""Ticket types and their rules: each alone, side by side in an event, and changes while on sale. No I/O.

Sold counts come from billing (SeatsAvailabilityChanged); the rules only need a
mapping of ticket type id to tickets sold. Quotas and capacity: `capacity.py`.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal
from uuid import UUID, uuid4

from services.events.event.values import Schedule, located
from services.events.tickets.currencies import CIRCULATING
from shared.contracts.events import TicketTypeOffer
from shared.errors import DomainError
from shared.money import Money

DEFAULT_MAX_PER_ORDER = 10


@dataclass(frozen=True)
class TicketType:
    name: str
    price: Money
    capacity: int
    max_per_order: int | None = None  # None: up to DEFAULT_MAX_PER_ORDER, never above capacity
    sales_start: datetime | None = None
    sales_end: datetime | None = None
    visibility: Literal["public", "hidden"] = "public"  # hidden: sold only to partners given its id
    quota: str | None = None  # the name of a quota shared with other types of the event
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        if self.max_per_order is None:
            object.__setattr__(self, "max_per_order", min(DEFAULT_MAX_PER_ORDER, self.capacity))

    @property
    def paid(self) -> bool:
        return self.price.amount > 0

    def offer(self) -> TicketTypeOffer:
        """What billing sells from: the ticket type as EventPublished carries it."""
        return TicketTypeOffer(
            ticket_type_id=self.id, name=self.name, price=self.price, capacity=self.capacity,
            max_per_order=self.max_per_order, sales_start=self.sales_start, sales_end=self.sales_end,
            visibility=self.visibility, quota=self.quota,
        )

    def check(self, schedule: Schedule) -> None:
        if self.price.currency not in CIRCULATING:
            raise DomainError(f"price.currency: {self.price.currency!r} is not a circulating ISO 4217 currency")
        if self.capacity < 1:
            raise DomainError(f"capacity: must be at least 1, got {self.capacity}")
        if not 1 <= self.max_per_order <= self.capacity:
            raise DomainError(
                f"max_per_order: must be between 1 and the capacity {self.capacity}, got {self.max_per_order}"
            )
        if self.sales_start and self.sales_start >= schedule.ends_at:
            raise DomainError(f"sales_start: must be before the event ends ({schedule.ends_at.isoformat()})")
        if self.sales_start and self.sales_end and self.sales_end <= self.sales_start:
            raise DomainError("sales_end: must be after sales_start")
        if self.sales_end and self.sales_end > schedule.ends_at:
            raise DomainError(f"sales_end: must not be after the event ends ({schedule.ends_at.isoformat()})")


def check_ticket_types(ticket_types: Sequence[TicketType], schedule: Schedule) -> None:
    names: set[str] = set()
    currency = ticket_types[0].price.currency if ticket_types else None
    for i, ticket_type in enumerate(ticket_types):
        with located(f"ticket_types[{i}]"):
            ticket_type.check(schedule)
            if ticket_type.name in names:
                raise DomainError(f"name: the event already has a ticket type named {ticket_type.name!r}")
            # One currency per event: an order, and its payment, has a single total.
            if ticket_type.price.currency != currency:
                raise DomainError(
                    f"price.currency: {ticket_type.price.currency} differs from the event's currency {currency}"
                )
        names.add(ticket_type.name)


def changed(current: TicketType, fields: Mapping[str, Any], *, sold: int) -> TicketType:
    """The ticket type with `fields` changed; never fewer seats than already sold."""
    if "price" in fields and fields["price"].currency != current.price.currency:
        raise DomainError(f"price.currency: a ticket type keeps its currency {current.price.currency}")
    new = replace(current, **fields)
    if new.capacity < sold:
        raise DomainError(
            f"capacity: {sold} tickets are sold already, the capacity cannot go below that, got {new.capacity}"
        )
    return new
