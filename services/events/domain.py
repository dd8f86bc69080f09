"""The event aggregate and its lifecycle. No I/O.

An event records the messages its changes produce (`messages`, so as not to read
`event.events`); the service layer writes them to the outbox with the change.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from uuid import UUID, uuid4

from services.events.values import Schedule, TicketType, Venue, check_organisers
from shared.contracts.events import EventDrafted, EventKind, EventPublished, Organiser
from shared.envelope import Envelope
from shared.http import Conflict, DomainError


class EventStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


# The lifecycle, as data: which status may follow which.
LIFECYCLE: dict[EventStatus, frozenset[EventStatus]] = {
    EventStatus.DRAFT: frozenset({EventStatus.PUBLISHED, EventStatus.CANCELLED}),
    EventStatus.PUBLISHED: frozenset({EventStatus.CANCELLED, EventStatus.COMPLETED}),
    EventStatus.CANCELLED: frozenset(),
    EventStatus.COMPLETED: frozenset(),
}


@contextmanager
def located(prefix: str) -> Iterator[None]:
    """Prefix a rule's message with where the value sits: `ticket_types[1].capacity: ...`."""
    try:
        yield
    except DomainError as error:
        raise type(error)(f"{prefix}.{error.message}", status=error.status) from None


@dataclass
class Event:
    title: str
    kind: EventKind
    organisers: tuple[Organiser, ...]
    schedule: Schedule
    description: str | None = None
    venue: Venue | None = None
    online_url: str | None = None
    ticket_types: list[TicketType] = field(default_factory=list)
    status: EventStatus = EventStatus.DRAFT
    published_at: datetime | None = None
    id: UUID = field(default_factory=uuid4)
    messages: list[Envelope] = field(default_factory=list, repr=False)

    @classmethod
    def draft(cls, *, ticket_types: Iterable[TicketType] = (), **fields) -> "Event":
        event = cls(**fields)
        for i, ticket_type in enumerate(ticket_types):
            with located(f"ticket_types[{i}]"):
                event._add(ticket_type)
        check_organisers(event.organisers, paid=event.paid)
        event.messages.append(
            EventDrafted(aggregate_id=event.id, title=event.title, organisers=event.organisers)
        )
        return event

    @property
    def paid(self) -> bool:
        return any(ticket_type.paid for ticket_type in self.ticket_types)

    def add_ticket_type(self, ticket_type: TicketType) -> None:
        if self.status != EventStatus.DRAFT:
            raise Conflict(f"event {self.id} is {self.status}: ticket types can be added only to a draft")
        # A first paid ticket type is what makes the revenue shares matter.
        check_organisers(self.organisers, paid=self.paid or ticket_type.paid)
        self._add(ticket_type)

    def publish(self, *, now: datetime) -> None:
        self._may_become(EventStatus.PUBLISHED)
        if self.schedule.starts_at <= now:
            raise DomainError(f"starts_at: the event has already started ({self.schedule.starts_at.isoformat()})")
        if self.venue is None and self.online_url is None:
            raise DomainError("venue: a published event needs a venue or an online_url")
        if not self.ticket_types:
            raise DomainError("ticket_types: a published event needs at least one ticket type")
        check_organisers(self.organisers, paid=self.paid)
        self.status, self.published_at = EventStatus.PUBLISHED, now
        self.messages.append(self._published())

    def _may_become(self, target: EventStatus) -> None:
        if self.status == target:
            raise Conflict(f"event {self.id} is already {target}")
        if target not in LIFECYCLE[self.status]:
            raise Conflict(f"event {self.id} is {self.status}: it cannot become {target}")

    def _add(self, ticket_type: TicketType) -> None:
        ticket_type.check(self.schedule)
        if any(existing.name == ticket_type.name for existing in self.ticket_types):
            raise DomainError(f"name: the event already has a ticket type named {ticket_type.name!r}")
        # One currency per event: an order, and its payment, has a single total.
        currency = ticket_type.price.currency
        if self.ticket_types and currency != (theirs := self.ticket_types[0].price.currency):
            raise DomainError(f"price.currency: {currency} differs from the event's currency {theirs}")
        self.ticket_types.append(ticket_type)

    def _published(self) -> EventPublished:
        venue = self.venue
        return EventPublished(
            aggregate_id=self.id,
            title=self.title,
            kind=self.kind,
            starts_at=self.schedule.starts_at,
            ends_at=self.schedule.ends_at,
            timezone=self.schedule.timezone,
            city=venue.city if venue else None,
            country=venue.country if venue else None,
            venue=venue.address if venue else None,
            online_url=self.online_url,
            organisers=self.organisers,
            ticket_types=tuple(ticket_type.offer() for ticket_type in self.ticket_types),
        )
