"""The event aggregate: what it is made of, and the rules every change keeps. No I/O.

An event records the events (Kafka messages) its changes produce in `events`; the unit of
work writes them to the outbox with the change. A change is tried on a copy first
(`_changed`), so a refused change leaves the event untouched. The lifecycle's transitions
are in `lifecycle.py`, edits in `edits.py`.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from services.events.event import content
from services.events.event.content import Session
from services.events.event.edits import Edits
from services.events.event.lifecycle import LIFECYCLE, EventStatus, Lifecycle
from services.events.event.values import Schedule, Venue, check_organisers, located
from services.events.tickets import domain as tickets
from services.events.tickets.capacity import check_capacity, check_quotas
from services.events.tickets.domain import TicketType
from shared.contracts.events import EventDrafted, EventKind, Organiser, TicketQuota
from shared.envelope import Envelope
from shared.errors import Conflict

__all__ = ["Event", "EventStatus", "LIFECYCLE", "located"]


@dataclass
class Event(Lifecycle, Edits):
    titles: dict[str, str]
    kind: EventKind
    organisers: tuple[Organiser, ...]
    schedule: Schedule
    descriptions: dict[str, str] = field(default_factory=dict)
    venue: Venue | None = None
    online_url: str | None = None
    ticket_types: list[TicketType] = field(default_factory=list)
    quotas: dict[str, int] = field(default_factory=dict)
    sessions: tuple[Session, ...] = ()
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    audience: tuple[content.Audience, ...] = ()
    capacity: int | None = None
    cover_image_url: str | None = None
    status: EventStatus = EventStatus.DRAFT
    consents: dict[UUID, str] = field(default_factory=dict)  # co-organiser's id → who consented
    published_at: datetime | None = None
    cancel_reason: str | None = None
    revision: int = 0  # bumped by every change attendees see (an iCalendar SEQUENCE)
    changed_at: datetime | None = None  # when the stored event last changed (the database keeps it)
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False)

    @classmethod
    def draft(cls, *, title: str | None = None, description: str | None = None, **values) -> "Event":
        """A new draft; `title`/`description` are shorthands for English-only texts."""
        if title is not None:
            values.setdefault("titles", {content.PRIMARY_LANGUAGE: title})
        if description is not None:
            values.setdefault("descriptions", {content.PRIMARY_LANGUAGE: description})
        event = cls(**values)
        event.check()
        event.events.append(EventDrafted(aggregate_id=event.id, title=event.title, organisers=event.organisers))
        return event

    @property
    def title(self) -> str:
        return content.primary(self.titles) or ""

    @property
    def description(self) -> str | None:
        return content.primary(self.descriptions)

    @property
    def paid(self) -> bool:
        return any(ticket_type.paid for ticket_type in self.ticket_types)

    @property
    def lead(self) -> Organiser:
        return next(o for o in self.organisers if o.lead)

    @property
    def awaiting_consent(self) -> list[Organiser]:
        """Co-organisers still to consent; the lead drafted or edits the event, so it agrees."""
        return [o for o in self.organisers if not o.lead and o.organiser_id not in self.consents]

    @property
    def quota_list(self) -> tuple[TicketQuota, ...]:
        return tuple(TicketQuota(name=n, capacity=c) for n, c in self.quotas.items())

    def check(self, sold: Mapping[UUID, int] | None = None) -> None:
        """Every rule that holds across the event's parts, whatever its status."""
        self.titles = content.texts("title", self.titles, required=True)
        self.descriptions = content.texts("description", self.descriptions, required=False)
        check_organisers(self.organisers, paid=self.paid)
        tickets.check_ticket_types(self.ticket_types, self.schedule)
        check_quotas(self.ticket_types, self.quotas, sold or {})
        check_capacity(self.capacity, self.ticket_types, self.quotas)
        for i, session in enumerate(self.sessions):
            with located(f"sessions[{i}]"):
                session.check(self.schedule)

    def require_editable(self) -> None:
        if self.status in (EventStatus.CANCELLED, EventStatus.COMPLETED):
            raise Conflict(f"event {self.id} is {self.status}: it can no longer be changed")

    def _changed(self, sold: Mapping[UUID, int] | None = None, **values: Any) -> "Event":
        """A checked copy with `values` changed; the caller adopts it once it holds."""
        candidate = replace(self, events=[], **values)
        candidate.check(sold)
        return candidate

    def _adopt(self, candidate: "Event", events: Iterable[Envelope]) -> None:
        for f in fields(self):
            if f.name != "events":
                setattr(self, f.name, getattr(candidate, f.name))
        self.events.extend(events)
