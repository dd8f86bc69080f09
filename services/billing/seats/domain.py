"""What is on sale: published events, their ticket types and seat counters. No I/O."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar
from uuid import UUID

from shared.contracts.billing import SeatsAvailabilityChanged
from shared.errors import DomainError
from shared.money import Money


class OfTicketType(Protocol):
    ticket_type_id: UUID


T = TypeVar("T", bound=OfTicketType)


def in_lock_order(items: Iterable[T]) -> list[T]:
    """Every path locks seat rows in ticket-type id order, so that no two transactions deadlock."""
    return sorted(items, key=lambda item: item.ticket_type_id)


@dataclass(frozen=True)
class TicketType:
    id: UUID
    event_id: UUID
    name: str
    price: Money
    capacity: int
    max_per_order: int
    sales_start: datetime | None = None
    sales_end: datetime | None = None
    on_sale: bool = True  # False once a re-publication dropped it
    visibility: str = "public"  # hidden types are sold to whoever has their id, never listed publicly
    quota: str | None = None  # the event's shared quota this type draws on, if any

    def check_purchasable(self, quantity: int, now: datetime, *, field: str) -> None:
        """Raise a precise 422 unless `quantity` seats may be bought `now` (seats left aside)."""
        if not self.on_sale:
            raise DomainError(f"{field}: ticket type {self.id} is no longer on sale")
        if self.sales_start is not None and now < self.sales_start:
            raise DomainError(f"{field}: sales for {self.name!r} open at {self.sales_start.isoformat()}")
        if self.sales_end is not None and now >= self.sales_end:
            raise DomainError(f"{field}: sales for {self.name!r} closed at {self.sales_end.isoformat()}")
        if quantity > self.max_per_order:
            raise DomainError(
                f"{field}: at most {self.max_per_order} tickets of {self.name!r} per order, got {quantity}"
            )


@dataclass(frozen=True)
class EventOnSale:
    id: UUID
    title: str
    ticket_types: dict[UUID, TicketType]
    cancelled: bool = False  # a cancelled event sells nothing more
    hold_minutes: int | None = None  # the organisers' hold length; None: the service's default


@dataclass(frozen=True)
class Seats:
    """A ticket type's counters right after a change; `left` never goes below zero
    (a re-publication may cut capacity below what is already sold)."""

    ticket_type_id: UUID
    event_id: UUID
    capacity: int
    sold: int
    held: int
    quota: str | None = None  # the shared quota the type draws on, if any
    quota_left: int | None = None  # seats left in that quota

    @property
    def left(self) -> int:
        own = max(self.capacity - self.sold - self.held, 0)
        return own if self.quota_left is None else max(min(own, self.quota_left), 0)

    def changed(self) -> SeatsAvailabilityChanged:
        return SeatsAvailabilityChanged(
            aggregate_id=self.ticket_type_id, event_id=self.event_id,
            capacity=self.capacity, sold=self.sold, held=self.held, left=self.left,
        )


def total(prices: Iterable[Money]) -> Money:
    """Sum line subtotals; an order is paid in one currency."""
    prices = list(prices)
    if not prices:
        raise DomainError("lines: an order needs at least one line")
    currencies = {p.currency for p in prices}
    if len(currencies) > 1:
        raise DomainError(f"lines: ticket types priced in different currencies ({', '.join(sorted(currencies))})"
                          " cannot be ordered together")
    return Money(amount=sum(p.amount for p in prices), currency=prices[0].currency)
