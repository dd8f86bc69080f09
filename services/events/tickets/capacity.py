"""How many seats an event's ticket types may sell, and how many are left: quotas and capacity. No I/O.

A quota is a number of seats several ticket types share; the event's capacity caps them all.
"""

from collections.abc import Mapping, Sequence
from uuid import UUID

from services.events.tickets.domain import TicketType
from shared.errors import DomainError


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
