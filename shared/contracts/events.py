"""Events the events service publishes: what happens in the network, and its tickets."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

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


class Organiser(BaseModel):
    """A co-organising partnership; shares are basis points summing to 10,000."""

    model_config = ConfigDict(frozen=True)

    partnership_id: UUID
    lead: bool
    revenue_share_bps: int = Field(ge=0, le=10_000)


class TicketTypeOffer(BaseModel):
    model_config = ConfigDict(frozen=True)

    ticket_type_id: UUID
    name: str
    price: Money
    capacity: int = Field(ge=0)
    max_per_order: int = Field(ge=1)
    sales_start: AwareDatetime | None = None
    sales_end: AwareDatetime | None = None


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


class EventRescheduled(EventsEvent):
    """New dates for a published event; holders of tickets are told."""

    type: Literal["EventRescheduled"] = "EventRescheduled"
    title: str
    previous_starts_at: datetime
    starts_at: datetime
    ends_at: datetime
    timezone: str


class EventCancelled(EventsEvent):
    """Starts billing's refund saga and tells everyone concerned."""

    type: Literal["EventCancelled"] = "EventCancelled"
    title: str
    reason: str


EventEvent = Annotated[
    EventDrafted | EventPublished | EventRescheduled | EventCancelled,
    Field(discriminator="type"),
]
