"""The events HTTP API's request bodies: schemas check shape, the domain checks rules.

Unknown fields are refused (`extra="forbid"`) so a misspelt field is an error, not
silently a default. `title` and `description` take a plain string (English) or texts
by language: {"en": "...", "uk": "..."}; a PATCH merges them by language (`TEXTS_PATCH`).
An organiser names exactly one of `partnership_id` and `organisation_id`.
"""

from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import (
    AwareDatetime, BaseModel, ConfigDict, Field, HttpUrl, StrictInt, StringConstraints, model_validator,
)

from services.events import content
from services.events.content import Audience, Session
from services.events.values import Schedule, TicketType, Venue
from shared.contracts.events import EventKind, Organiser
from shared.errors import DomainError
from shared.money import CurrencyCode, Money

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Texts = Text | dict[str, Annotated[str, StringConstraints(max_length=300)]]
LongTexts = Annotated[str, Field(max_length=10_000)] | dict[str, Annotated[str, Field(max_length=10_000)]]
Slug = Annotated[str, StringConstraints(max_length=50)]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
TextsPatchIn = Text | dict[str, Annotated[str, StringConstraints(max_length=300)] | None]
LongTextsPatchIn = (Annotated[str, Field(max_length=10_000)]
                    | dict[str, Annotated[str, Field(max_length=10_000)] | None])
TEXTS_PATCH = (
    "Merged by language: {\"uk\": \"...\"} sets the Ukrainian text and leaves the others as they are;"
    " {\"uk\": null} removes Ukrainian. A plain string is the English text only, as when drafting"
    " (other languages stay)."
)


def _texts(value: str | dict[str, str] | None) -> dict[str, str]:
    if value is None:
        return {}
    return {content.PRIMARY_LANGUAGE: value} if isinstance(value, str) else dict(value)


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NamesOneOrganiser(Body):
    """A partnership or an organisation: exactly one of the two ids."""

    partnership_id: UUID | None = Field(None, description="A partnership the registry announced")
    organisation_id: UUID | None = Field(None, description="An organisation the registry announced, active")

    @model_validator(mode="after")
    def _exactly_one(self) -> "NamesOneOrganiser":
        if (self.partnership_id is None) == (self.organisation_id is None):
            raise ValueError("send exactly one of partnership_id and organisation_id")
        return self


class PriceIn(Body):
    amount: StrictInt = Field(ge=0, description="Integer minor units, e.g. 1500 for EUR 15.00")
    currency: CurrencyCode = Field(description="ISO 4217, e.g. EUR")


class TicketTypeCreate(Body):
    name: Text
    price: PriceIn
    capacity: int = Field(ge=1)
    max_per_order: int | None = Field(None, ge=1, description="Default: 10, or the capacity if smaller")
    sales_start: AwareDatetime | None = None
    sales_end: AwareDatetime | None = None
    visibility: Literal["public", "hidden"] = "public"
    quota: Slug | None = Field(None, description="Name of one of the event's quotas shared with other types")

    def to_domain(self) -> TicketType:
        return TicketType(price=Money(**self.price.model_dump()), **self.model_dump(exclude={"price"}))


class TicketTypeUpdate(Body):
    name: Text | None = None
    price: PriceIn | None = None
    capacity: int | None = Field(None, ge=1)
    max_per_order: int | None = Field(None, ge=1)
    sales_start: AwareDatetime | None = None
    sales_end: AwareDatetime | None = None
    visibility: Literal["public", "hidden"] | None = None
    quota: Slug | None = None

    def to_values(self) -> dict[str, Any]:
        values = self.model_dump(exclude_unset=True, exclude={"price"})
        if "price" in self.model_fields_set and self.price is not None:
            values["price"] = Money(**self.price.model_dump())
        return values


class OrganiserIn(NamesOneOrganiser):
    """A co-organiser: a partnership, or an organisation organising on its own."""

    lead: bool = False
    revenue_share_bps: int = Field(ge=0, le=10_000, description="Basis points of ticket revenue")


class VenueIn(Body):
    address: Text
    city: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")


class SessionIn(Body):
    title: Text
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    room: Text | None = Field(None, description="A room of the venue, or a stream")
    speakers: list[UUID] = Field([], description="Experts published by the registry")
    moderators: list[UUID] = []

    def to_domain(self) -> Session:
        return Session(title=self.title, starts_at=self.starts_at, ends_at=self.ends_at, room=self.room,
                       speakers=tuple(self.speakers), moderators=tuple(self.moderators))


class QuotaIn(Body):
    name: Slug
    capacity: int = Field(ge=1)


class EventFields(Body):
    """What both drafting and editing accept (everything optional here)."""

    description: LongTexts | None = None
    venue: VenueIn | None = None
    online_url: HttpUrl | None = None
    sessions: list[SessionIn] = []
    languages: list[Language] = Field([], description="ISO 639-1 languages spoken")
    tags: list[Slug] = []
    sectors: list[Slug] = []
    audience: list[Audience] = []
    capacity: int | None = Field(None, ge=1, description="Seats in all; the ticket types may not offer more")
    cover_image_url: HttpUrl | None = None
    quotas: list[QuotaIn] = []

    def values(self, names: set[str]) -> dict[str, Any]:
        """Domain values of the fields in `names`."""
        converters = {
            "title": lambda v: ("titles", _texts(v)),
            "description": lambda v: ("descriptions", _texts(v)),
            "organisers": lambda v: ("organisers", tuple(Organiser(**o.model_dump()) for o in v)),
            "venue": lambda v: ("venue", Venue(**v.model_dump()) if v else None),
            "online_url": lambda v: ("online_url", str(v) if v else None),
            "cover_image_url": lambda v: ("cover_image_url", str(v) if v else None),
            "sessions": lambda v: ("sessions", tuple(s.to_domain() for s in v)),
            "ticket_types": lambda v: ("ticket_types", [t.to_domain() for t in v]),
            "quotas": lambda v: ("quotas", {q.name: q.capacity for q in v}),
            "languages": lambda v: ("languages", content.codes("languages", v, content.LANGUAGE, "ISO 639-1")),
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
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    timezone: str = Field(max_length=64, description="IANA time zone, e.g. Europe/Berlin")
    ticket_types: list[TicketTypeCreate] = []

    def draft_fields(self) -> dict:
        """The service's keyword arguments; building the Schedule checks the dates and zone."""
        names = set(type(self).model_fields) - {"starts_at", "ends_at", "timezone"}
        schedule = Schedule(starts_at=self.starts_at, ends_at=self.ends_at, timezone=self.timezone)
        return {**self.values(names), "schedule": schedule}


class EventUpdate(EventFields):
    """Send only what changes; `null` clears an optional field. Dates of a published event: reschedule."""

    title: TextsPatchIn | None = Field(None, description=TEXTS_PATCH + " Null is refused: an event keeps a title.")
    description: LongTextsPatchIn | None = Field(None, description=TEXTS_PATCH + " Null removes every language.")
    kind: EventKind | None = None
    organisers: list[OrganiserIn] | None = Field(None, min_length=1)
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    timezone: str | None = Field(None, max_length=64)

    def changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(domain values, the same as JSON); dates stay raw: they combine with the current schedule."""
        names = self.model_fields_set
        for required in ("title", "kind", "organisers"):
            if required in names and getattr(self, required) is None:
                raise DomainError(f"{required}: cannot be cleared, only changed")
        dates = names & {"starts_at", "ends_at", "timezone"}
        patches = {name for name in names & {"title", "description"} if getattr(self, name) is not None}
        values = self.values(names - dates - patches)
        values.update({f"{name}s": content.TextsPatch(name, _texts(getattr(self, name))) for name in patches})
        values.update({name: getattr(self, name) for name in dates})
        return values, self.model_dump(mode="json", include=names)


class RescheduleIn(Body):
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    timezone: str | None = Field(None, max_length=64, description="Default: the event's current zone")
    announcement: Annotated[str, StringConstraints(max_length=2000)] | None = None


class CancelIn(Body):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class ConsentIn(NamesOneOrganiser):
    """The co-organiser consenting: a partnership (through an admin of a member) or an organisation (its admin)."""

    @property
    def organiser(self) -> tuple[UUID, str]:
        """(its id, partnership or organisation)"""
        if self.partnership_id is not None:
            return self.partnership_id, "partnership"
        return self.organisation_id, "organisation"
