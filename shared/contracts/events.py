"""Events the events service publishes: what happens in the network, and its tickets."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, JsonValue, model_validator

from shared.envelope import Envelope
from shared.money import Money


class EventKind(StrEnum):
    SEMINAR = "seminar"
    WORKSHOP = "workshop"
    MASTER_CLASS = "master_class"
    WEBINAR = "webinar"
    FESTIVAL = "festival"
    EXPO = "expo"
    CREATIVE_JAM = "creative_jam"
    PANEL_DISCUSSION = "panel_discussion"
    FIELD_TRIP = "field_trip"
    MULTIPLIER_EVENT = "multiplier_event"
    CONFERENCE = "conference"
    NETWORKING_MEETING = "networking_meeting"


def _one_organiser_id(partnership_id: UUID | None, organisation_id: UUID | None) -> None:
    if (partnership_id is None) == (organisation_id is None):
        raise ValueError("exactly one of partnership_id and organisation_id must be set")


class Organiser(BaseModel):
    """A co-organising partnership or organisation (exactly one of the two ids is set); shares are
    basis points summing to 10,000.

    `organisation_id` was added later. schema_version stays 1: the change is additive, so every
    message written before still parses (it has `partnership_id`; the new field defaults to None).
    Readers must now expect `partnership_id` to be None when an organisation organises (a reader
    built on the earlier model refuses such a message); `organiser_id` gives whichever id is set.
    """

    model_config = ConfigDict(frozen=True)

    partnership_id: UUID | None = Field(None, description="Set when a partnership organises")
    lead: bool
    revenue_share_bps: int = Field(ge=0, le=10_000)
    organisation_id: UUID | None = Field(None, description="Set when an organisation organises on its own")

    @model_validator(mode="after")
    def _exactly_one_id(self) -> "Organiser":
        _one_organiser_id(self.partnership_id, self.organisation_id)
        return self

    @property
    def organiser_id(self) -> UUID:
        return self.partnership_id or self.organisation_id

    @property
    def kind(self) -> Literal["partnership", "organisation"]:
        return "partnership" if self.partnership_id is not None else "organisation"


class TicketTypeOffer(BaseModel):
    model_config = ConfigDict(frozen=True)

    ticket_type_id: UUID
    name: str
    price: Money
    capacity: int = Field(ge=0)
    max_per_order: int = Field(ge=1)
    sales_start: AwareDatetime | None = None
    sales_end: AwareDatetime | None = None
    # Hidden types are sold only to those given their id (partners); `quota` names a
    # shared quota: all types naming it together sell at most the quota's capacity.
    visibility: Literal["public", "hidden"] = "public"
    quota: str | None = None


class TicketQuota(BaseModel):
    """Seats shared by several ticket types of one event."""

    model_config = ConfigDict(frozen=True)

    name: str
    capacity: int = Field(ge=1)


class EventsEvent(Envelope):
    producer: Literal["events"] = "events"


class EventDrafted(EventsEvent):
    type: Literal["EventDrafted"] = "EventDrafted"
    title: str
    organisers: tuple[Organiser, ...]


class EventPublished(EventsEvent):
    type: Literal["EventPublished"] = "EventPublished"
    title: str
    kind: EventKind
    starts_at: datetime  # an instant, sent in UTC; `timezone` gives its local wall-clock time
    ends_at: datetime
    timezone: str  # IANA, e.g. Europe/Berlin
    city: str | None  # city, country and venue are all set for an in-person event, else all None
    country: str | None  # ISO 3166-1 alpha-2
    venue: str | None  # the street address
    online_url: str | None
    organisers: tuple[Organiser, ...]
    ticket_types: tuple[TicketTypeOffer, ...]
    # Added later; optional so that older messages still parse.
    titles: dict[str, str] = {}  # by ISO 639-1 language, e.g. {"en": ..., "uk": ...}; `title` is the primary one
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    capacity: int | None = None
    cover_image_url: str | None = None
    quotas: tuple[TicketQuota, ...] = ()


class EventRescheduled(EventsEvent):
    """New dates for a published event; holders of tickets are told."""

    type: Literal["EventRescheduled"] = "EventRescheduled"
    title: str
    previous_starts_at: datetime
    starts_at: datetime
    ends_at: datetime
    timezone: str
    previous_ends_at: datetime | None = None
    announcement: str | None = None  # what the organisers tell attendees about the change
    titles: dict[str, str] = {}


class EventCancelled(EventsEvent):
    """Starts billing's refund saga and tells everyone concerned."""

    type: Literal["EventCancelled"] = "EventCancelled"
    title: str
    reason: str
    titles: dict[str, str] = {}


class EventUpdated(EventsEvent):
    """An edit: `changed` names the fields, `changes` holds their new values (as in the HTTP API).

    `title` and `description` change by language: their `changes` entry holds only the languages
    that changed, a text for a new or changed one and null for one removed (a JSON merge patch),
    e.g. {"title": {"uk": "..."}}; `description: null` removed every language.
    """

    type: Literal["EventUpdated"] = "EventUpdated"
    title: str
    status: str  # draft or published: whether anyone outside the organisers has seen the event yet
    changed: tuple[str, ...]
    changes: dict[str, JsonValue]


class EventCompleted(EventsEvent):
    """The event took place; revenue can be settled between its organisers."""

    type: Literal["EventCompleted"] = "EventCompleted"
    title: str
    organisers: tuple[Organiser, ...]


class TicketTypeDefined(EventsEvent):
    """A ticket type added to an event (keyed by the event); on sale at once if the event is published."""

    type: Literal["TicketTypeDefined"] = "TicketTypeDefined"
    ticket_type: TicketTypeOffer
    on_sale: bool  # the event is published
    quotas: tuple[TicketQuota, ...] = ()


class TicketTypeChanged(EventsEvent):
    """A ticket type's terms changed (keyed by the event); `ticket_type` is the whole new offer."""

    type: Literal["TicketTypeChanged"] = "TicketTypeChanged"
    ticket_type: TicketTypeOffer
    changed: tuple[str, ...]
    on_sale: bool
    quotas: tuple[TicketQuota, ...] = ()


class CoOrganiserConsented(EventsEvent):
    """A co-organising partnership or organisation agreed to the event as drafted (its share included)."""

    type: Literal["CoOrganiserConsented"] = "CoOrganiserConsented"
    partnership_id: UUID | None = None  # exactly one of the two is set, as in Organiser
    consented_by: str  # the token's subject
    revenue_share_bps: int
    organisation_id: UUID | None = None  # added later, like Organiser.organisation_id

    @model_validator(mode="after")
    def _exactly_one_id(self) -> "CoOrganiserConsented":
        _one_organiser_id(self.partnership_id, self.organisation_id)
        return self


EventEvent = Annotated[
    EventDrafted | EventPublished | EventRescheduled | EventCancelled | EventUpdated | EventCompleted
    | TicketTypeDefined | TicketTypeChanged | CoOrganiserConsented,
    Field(discriminator="type"),
]
