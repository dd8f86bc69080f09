"""The lifecycle as an explicit state machine: draft → published → completed, or cancelled.

Rescheduling keeps an event published and announces the new dates. Every transition is
checked first and records the event that tells the network about it.
"""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from services.events.event.values import Schedule
from shared.contracts.events import (
    CoOrganiserConsented, EventCancelled, EventCompleted, EventPublished, EventRescheduled,
)
from shared.errors import Conflict, DomainError


class EventStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


LIFECYCLE: dict[EventStatus, frozenset[EventStatus]] = {
    EventStatus.DRAFT: frozenset({EventStatus.PUBLISHED, EventStatus.CANCELLED}),
    EventStatus.PUBLISHED: frozenset({EventStatus.CANCELLED, EventStatus.COMPLETED}),
    EventStatus.CANCELLED: frozenset(),
    EventStatus.COMPLETED: frozenset(),
}


class Lifecycle:
    """The transitions of `domain.Event` (mixed in; `self` is the event)."""

    def consent(self, organiser_id: UUID, *, by: str, kind: str = "partnership") -> None:
        """A co-organiser (`kind`: a partnership or an organisation) agrees to the draft as it stands."""
        what = f"{kind} {organiser_id}"
        if self.status != EventStatus.DRAFT:
            raise Conflict(f"event {self.id} is {self.status}: consent is given to a draft")
        organiser = next((o for o in self.organisers if (o.kind, o.organiser_id) == (kind, organiser_id)), None)
        if organiser is None:
            raise DomainError(f"{kind}_id: {what} does not co-organise event {self.id}")
        if organiser.lead:
            raise Conflict(f"{what} leads event {self.id}: its consent is implied")
        if organiser_id in self.consents:
            raise Conflict(f"{what} has already consented to event {self.id}")
        self.consents[organiser_id] = by
        self.events.append(CoOrganiserConsented(
            aggregate_id=self.id, partnership_id=organiser.partnership_id, organisation_id=organiser.organisation_id,
            consented_by=by, revenue_share_bps=organiser.revenue_share_bps,
        ))

    def publish(self, *, now: datetime) -> None:
        self._may_become(EventStatus.PUBLISHED)
        if self.schedule.starts_at <= now:
            raise DomainError(f"starts_at: the event has already started ({self.schedule.starts_at.isoformat()})")
        if self.venue is None and self.online_url is None:
            raise DomainError("venue: a published event needs a venue or an online_url")
        if not self.ticket_types:
            raise DomainError("ticket_types: a published event needs at least one ticket type")
        self.check()
        if waiting := self.awaiting_consent:
            i = self.organisers.index(waiting[0])
            raise Conflict(
                f"organisers[{i}]: {waiting[0].kind} {waiting[0].organiser_id} has not consented yet;"
                f" a joint event is published once every co-organiser has consented"
            )
        self.status, self.published_at = EventStatus.PUBLISHED, now
        self.events.append(self._published())

    def reschedule(self, schedule: Schedule, *, announcement: str | None, now: datetime) -> None:
        """New dates for a published event; its agenda moves with it."""
        if self.status != EventStatus.PUBLISHED:
            hint = ": change a draft's dates with PATCH" if self.status == EventStatus.DRAFT else ""
            raise Conflict(f"event {self.id} is {self.status}: only a published event is rescheduled{hint}")
        if schedule.starts_at <= now:
            raise DomainError(f"starts_at: the new start must be in the future, got {schedule.starts_at.isoformat()}")
        if schedule == self.schedule:
            raise DomainError("starts_at: these are the event's current dates")
        delta = schedule.starts_at - self.schedule.starts_at
        previous = self.schedule
        candidate = self._changed(schedule=schedule, sessions=tuple(s.shifted(delta) for s in self.sessions),
                                  revision=self.revision + 1)
        self._adopt(candidate, [EventRescheduled(
            aggregate_id=self.id, title=self.title, titles=self.titles,
            previous_starts_at=previous.starts_at, previous_ends_at=previous.ends_at,
            starts_at=schedule.starts_at, ends_at=schedule.ends_at, timezone=schedule.timezone,
            announcement=announcement,
        )])

    def cancel(self, *, reason: str) -> None:
        self._may_become(EventStatus.CANCELLED)
        if not reason.strip():
            raise DomainError("reason: say why the event is cancelled; attendees are told")
        self.status, self.cancel_reason, self.revision = EventStatus.CANCELLED, reason.strip(), self.revision + 1
        self.events.append(EventCancelled(aggregate_id=self.id, title=self.title, titles=self.titles,
                                            reason=self.cancel_reason))

    def complete(self, *, now: datetime) -> None:
        self._may_become(EventStatus.COMPLETED)
        if self.schedule.ends_at > now:
            raise Conflict(f"event {self.id} has not ended yet: it ends at {self.schedule.ends_at.isoformat()}")
        self.status = EventStatus.COMPLETED
        self.events.append(EventCompleted(aggregate_id=self.id, title=self.title, organisers=self.organisers))

    def _may_become(self, target: EventStatus) -> None:
        if self.status == target:
            raise Conflict(f"event {self.id} is already {target}")
        if target not in LIFECYCLE[self.status]:
            raise Conflict(f"event {self.id} is {self.status}: it cannot become {target}")

    def _published(self) -> EventPublished:
        venue = self.venue
        return EventPublished(
            aggregate_id=self.id, title=self.title, titles=self.titles, kind=self.kind,
            starts_at=self.schedule.starts_at, ends_at=self.schedule.ends_at, timezone=self.schedule.timezone,
            city=venue.city if venue else None, country=venue.country if venue else None,
            venue=venue.address if venue else None, online_url=self.online_url, organisers=self.organisers,
            ticket_types=tuple(ticket_type.offer() for ticket_type in self.ticket_types),
            languages=self.languages, tags=self.tags, audience=tuple(a.value for a in self.audience),
            capacity=self.capacity, cover_image_url=self.cover_image_url, quotas=self.quota_list,
        )
