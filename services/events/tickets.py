"""Ticket types' rules across an event: quotas, the event's capacity, changes while on sale. No I/O.

Sold counts come from billing (SeatsAvailabilityChanged); the rules only need a
mapping of ticket type id to tickets sold.
"""

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any
from uuid import UUID

from services.events.values import Schedule, TicketType
from shared.errors import DomainError

# What may change in a ticket type once defined (its id and currency stay).
CHANGEABLE = ("name", "price", "capacity", "max_per_order", "sales_start", "sales_end", "visibility", "quota")


@contextmanager
def located(prefix: str) -> Iterator[None]:
    """Prefix a rule's message with where the value sits: `ticket_types[1].capacity: ...`."""
    try:
        yield
    except DomainError as error:
        raise type(error)(f"{prefix}.{error.message}", status=error.status) from None


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


def check_quotas(ticket_types: Sequence[TicketType], quotas: Mapping[str, int], sold: Mapping[UUID, int]) -> None:
    for i, ticket_type in enumerate(ticket_types):
        if ticket_type.quota is not None and ticket_type.quota not in quotas:
            raise DomainError(
                f"ticket_types[{i}].quota: the event has no quota named {ticket_type.quota!r}; define it in quotas"
            )
    for name, capacity in quotas.items():
        if capacity < 1:
            raise DomainError(f"quotas.{name}.capacity: must be at least 1, got {capacity}")
        sold_in = sum(sold.get(t.id, 0) for t in ticket_types if t.quota == name)
        if capacity < sold_in:
            raise DomainError(
                f"quotas.{name}.capacity: {sold_in} tickets of this quota are sold already, got {capacity}"
            )


def sellable(ticket_types: Sequence[TicketType], quotas: Mapping[str, int]) -> int:
    """The most seats the ticket types can sell, a shared quota capping its types together."""
    alone = sum(t.capacity for t in ticket_types if t.quota is None)
    shared = sum(
        min(capacity, sum(t.capacity for t in ticket_types if t.quota == name)) for name, capacity in quotas.items()
    )
    return alone + shared


def seats_left(ticket_types: Sequence[TicketType], quotas: Mapping[str, int], left: Mapping[UUID, int]) -> int:
    """Public seats left: billing's count per type (its capacity until counted), a quota capping its types."""
    def left_of(t: TicketType) -> int:
        return max(left.get(t.id, t.capacity), 0)

    public = [t for t in ticket_types if t.visibility == "public"]
    total = sum(left_of(t) for t in public if t.quota is None)
    for name, capacity in quotas.items():
        taken = sum(t.capacity - left_of(t) for t in ticket_types if t.quota == name)  # sold or held, any type
        total += min(sum(left_of(t) for t in public if t.quota == name), max(capacity - taken, 0))
    return total


def check_capacity(capacity: int | None, ticket_types: Sequence[TicketType], quotas: Mapping[str, int]) -> None:
    if capacity is not None and (offered := sellable(ticket_types, quotas)) > capacity:
        raise DomainError(
            f"capacity: the ticket types offer {offered} seats, more than the event's capacity {capacity}"
        )


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
