"""The event's request bodies: schemas check shape, the domain checks rules.

Their parts (texts, organisers, venue, agenda, quotas) are in `parts.py`; what is read back, in `pages.py`.
"""

from typing import Annotated, Any
from uuid import UUID

from pydantic import Field, HttpUrl, StringConstraints

from services.events.event import content
from services.events.event.content import Audience
from services.events.event.fields import NOT_BLANK, Count, LanguageCode, Zone, not_null
from services.events.event.parts import (
    TEXTS_PATCH, Body, LongTexts, LongTextsPatchIn, NamesOneOrganiser, OrganiserIn, QuotaIn, SessionIn,
    Tag, Texts, TextsPatchIn, VenueIn, texts_of,
)
from services.events.event.values import Schedule, Venue
from services.events.tickets.schemas import TicketTypeCreate
from shared.contracts.events import EventKind, Organiser
from shared.errors import DomainError
from shared.values import Timestamp


class EventFields(Body):
    """What both drafting and editing accept (everything optional here)."""

    description: LongTexts | None = None
    venue: VenueIn | None = None
    online_url: HttpUrl | None = None
    sessions: list[SessionIn] = []
    languages: list[LanguageCode] = Field([], description="The languages spoken")
    tags: list[Tag] = []
    sectors: list[Tag] = []
    audience: list[Audience] = []
    capacity: Count | None = Field(None, description="Seats in all; the ticket types may not offer more")
    cover_image_url: HttpUrl | None = None
    quotas: list[QuotaIn] = []

    def values(self, names: set[str]) -> dict[str, Any]:
        """Domain values of the fields in `names`."""
        converters = {
            "title": lambda v: ("titles", texts_of(v)),
            "description": lambda v: ("descriptions", texts_of(v)),
            "organisers": lambda v: ("organisers", tuple(Organiser(**o.model_dump()) for o in v)),
            "venue": lambda v: ("venue", Venue(**v.model_dump(mode="json")) if v else None),
            "online_url": lambda v: ("online_url", str(v) if v else None),
            "cover_image_url": lambda v: ("cover_image_url", str(v) if v else None),
            "sessions": lambda v: ("sessions", tuple(s.to_domain() for s in v)),
            "ticket_types": lambda v: ("ticket_types", [t.to_domain() for t in v]),
            "quotas": lambda v: ("quotas", {q.name: q.capacity for q in v}),
            "languages": lambda v: ("languages", tuple(dict.fromkeys(code.value for code in v))),
            "tags": lambda v: ("tags", content.codes("tags", v, content.TAG, "a lowercase slug like data-science")),
            "sectors": lambda v: ("sectors", content.codes("sectors", v, content.TAG, "a lowercase slug")),
            "audience": lambda v: ("audience", tuple(dict.fromkeys(v))),
        }
        values = {}
        for name in names:
            value = getattr(self, name)
            key, converted = converters[name](value) if name in converters else (name, value)
            values[key] = converted
        return values


class EventCreate(EventFields):
    title: Texts
    kind: EventKind
    organisers: list[OrganiserIn] = Field(min_length=1)
    starts_at: Timestamp
    ends_at: Timestamp
    timezone: Zone = Field(description="The zone attendees read the times in, e.g. Europe/Berlin")
    ticket_types: list[TicketTypeCreate] = []

    def draft_fields(self) -> dict:
        """The service's keyword arguments; building the Schedule checks the dates and zone."""
        names = set(type(self).model_fields) - {"starts_at", "ends_at", "timezone"}
        schedule = Schedule(starts_at=self.starts_at, ends_at=self.ends_at, timezone=self.timezone)
        return {**self.values(names), "schedule": schedule}


class EventUpdate(EventFields):
    """Send only what changes; `null` clears an optional field. Dates of a published event: reschedule."""

    title: TextsPatchIn | None = Field(None, description=TEXTS_PATCH + " Null is refused: an event keeps a title.",
                                       json_schema_extra=not_null)
    description: LongTextsPatchIn | None = Field(None, description=TEXTS_PATCH + " Null removes every language.")
    kind: EventKind | None = Field(None, json_schema_extra=not_null)
    organisers: list[OrganiserIn] | None = Field(None, min_length=1, json_schema_extra=not_null)
    starts_at: Timestamp | None = None
    ends_at: Timestamp | None = None
    timezone: Zone | None = None

    def changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(domain values, the same as JSON); dates stay raw: they combine with the current schedule."""
        names = self.model_fields_set
        for required in ("title", "kind", "organisers"):
            if required in names and getattr(self, required) is None:
                raise DomainError(f"{required}: cannot be cleared, only changed")
        dates = names & {"starts_at", "ends_at", "timezone"}
        patches = {name for name in names & {"title", "description"} if getattr(self, name) is not None}
        values = self.values(names - dates - patches)
        values.update({f"{name}s": content.TextsPatch(name, texts_of(getattr(self, name))) for name in patches})
        values.update({name: getattr(self, name) for name in dates})
        return values, self.model_dump(mode="json", include=names)


class RescheduleIn(Body):
    starts_at: Timestamp
    ends_at: Timestamp
    timezone: Zone | None = Field(None, description="Default: the event's current zone")
    announcement: Annotated[str, StringConstraints(max_length=2000)] | None = None


class CancelIn(Body):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000), NOT_BLANK]


class ConsentIn(NamesOneOrganiser):
    """The co-organiser consenting: a partnership (through an admin of a member) or an organisation (its admin)."""

    @property
    def organiser(self) -> tuple[UUID, str]:
        """(its id, partnership or organisation)"""
        if self.partnership_id is not None:
            return self.partnership_id, "partnership"
        return self.organisation_id, "organisation"
