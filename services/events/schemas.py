"""The events HTTP API's bodies: Create schemas check shape, the domain checks rules.

Unknown fields are refused (`extra="forbid"`) so a misspelt field is an error, not
silently a default.
"""

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, HttpUrl, StrictInt, StringConstraints

from services.events.domain import Event, EventStatus
from services.events.values import Schedule, TicketType, Venue
from shared.contracts.events import EventKind, Organiser
from shared.money import CurrencyCode, Money

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


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

    def to_domain(self) -> TicketType:
        return TicketType(price=Money(**self.price.model_dump()), **self.model_dump(exclude={"price"}))


class OrganiserIn(Body):
    partnership_id: UUID
    lead: bool = False
    revenue_share_bps: int = Field(ge=0, le=10_000, description="Basis points of ticket revenue")


class VenueIn(Body):
    address: Text
    city: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")


class EventCreate(Body):
    title: Text
    description: str | None = Field(None, max_length=10_000)
    kind: EventKind
    organisers: list[OrganiserIn] = Field(min_length=1)
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    timezone: str = Field(max_length=64, description="IANA time zone, e.g. Europe/Berlin")
    venue: VenueIn | None = None
    online_url: HttpUrl | None = None
    ticket_types: list[TicketTypeCreate] = []

    def draft_fields(self) -> dict:
        """The service's keyword arguments; building the Schedule checks the dates and zone."""
        return {
            "title": self.title, "kind": self.kind, "description": self.description,
            "organisers": tuple(Organiser(**o.model_dump()) for o in self.organisers),
            "schedule": Schedule(starts_at=self.starts_at, ends_at=self.ends_at, timezone=self.timezone),
            "venue": Venue(**self.venue.model_dump()) if self.venue else None,
            "online_url": str(self.online_url) if self.online_url else None,
            "ticket_types": [t.to_domain() for t in self.ticket_types],
        }


class TicketTypeRead(BaseModel):
    id: UUID
    name: str
    price: Money
    capacity: int
    max_per_order: int
    sales_start: datetime | None
    sales_end: datetime | None

    @classmethod
    def of(cls, t: TicketType) -> "TicketTypeRead":
        return cls(id=t.id, name=t.name, price=t.price, capacity=t.capacity, max_per_order=t.max_per_order,
                   sales_start=t.sales_start, sales_end=t.sales_end)


class VenueRead(BaseModel):
    address: str
    city: str
    country: str


class EventRead(BaseModel):
    id: UUID
    status: EventStatus
    title: str
    description: str | None
    kind: EventKind
    organisers: list[Organiser]
    starts_at: datetime = Field(description="In the event's time zone")
    ends_at: datetime = Field(description="In the event's time zone")
    timezone: str
    venue: VenueRead | None
    online_url: str | None
    ticket_types: list[TicketTypeRead]
    published_at: datetime | None

    @classmethod
    def of(cls, event: Event) -> "EventRead":
        schedule, venue = event.schedule, event.venue
        return cls(
            id=event.id, status=event.status, title=event.title, description=event.description, kind=event.kind,
            organisers=list(event.organisers), starts_at=schedule.local(schedule.starts_at),
            ends_at=schedule.local(schedule.ends_at), timezone=schedule.timezone,
            venue=VenueRead(**vars(venue)) if venue else None, online_url=event.online_url,
            ticket_types=[TicketTypeRead.of(t) for t in event.ticket_types], published_at=event.published_at,
        )
