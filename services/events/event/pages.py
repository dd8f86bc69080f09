"""What readers see of an event: its page (`EventRead`), put together with names from the projections.

Co-organisers come with their public names (a partnership's with its members'), sessions with
their speakers' and moderators' public names (from the registry's experts), ticket types
with seats left (from billing's counts). Hidden ticket types are shown to insiders only.
"""

from datetime import datetime
from uuid import UUID

import asyncpg
from pydantic import BaseModel, Field

from services.events.event import access, content
from services.events.event.content import Audience
from services.events.event.domain import Event, EventStatus
from services.events.projections import experts, organisers, seats
from services.events.tickets.capacity import seats_left
from services.events.tickets.schemas import TicketTypeRead
from shared.auth import Principal
from shared.contracts.events import EventKind, Organiser, TicketQuota


class VenueRead(BaseModel):
    address: str
    city: str
    country: str


class CoOrganiserRead(BaseModel):
    partnership_id: UUID | None = Field(description="Set when a partnership co-organises")
    organisation_id: UUID | None = Field(None, description="Set when an organisation co-organises on its own")
    name: str | None
    programme: str | None
    lead: bool
    revenue_share_bps: int
    consented: bool
    organisations: list[str] = Field(description="Public names of the partnership's members, or the organisation's")


class PersonRead(BaseModel):
    expert_id: UUID
    name: str | None = Field(description="Public name; null once the registry withdrew the expert")


class SessionRead(BaseModel):
    id: UUID
    title: str
    starts_at: datetime = Field(description="In the event's time zone")
    ends_at: datetime
    room: str | None
    speakers: list[PersonRead]
    moderators: list[PersonRead]
class EventRead(BaseModel):
    id: UUID
    status: EventStatus
    title: str = Field(description="In the language asked for (`lang`), else the primary one")
    titles: dict[str, str]
    description: str | None
    descriptions: dict[str, str]
    kind: EventKind
    organisers: list[Organiser]
    co_organisers: list[CoOrganiserRead]
    starts_at: datetime = Field(description="In the event's time zone")
    ends_at: datetime = Field(description="In the event's time zone")
    timezone: str
    venue: VenueRead | None
    online_url: str | None
    sessions: list[SessionRead]
    languages: list[str]
    tags: list[str]
    sectors: list[str]
    audience: list[Audience]
    capacity: int | None
    cover_image_url: str | None
    quotas: list[TicketQuota]
    ticket_types: list[TicketTypeRead]
    seats_left: int = Field(description="Seats left across the public ticket types, quotas considered")
    published_at: datetime | None
    cancel_reason: str | None
    revision: int


async def page(*, pool: asyncpg.Pool, event: Event, principal: Principal | None,
               language: str | None = None) -> EventRead:
    async with pool.acquire() as conn:
        return (await render(conn, [event], principal, language))[0]


async def render(conn: asyncpg.Connection, events: list[Event], principal: Principal | None,
                 language: str | None = None) -> list[EventRead]:
    """Page data of `events`: four queries for the names and counts, however many events."""
    every_organiser = [o for e in events for o in e.organisers]
    members = await organisers.acting_for(conn, every_organiser)
    names = await organisers.directory(conn, every_organiser)
    people = await experts.public_names(conn, [x for e in events for s in e.sessions for x in s.experts])
    taken = await seats.taken(conn, [e.id for e in events])
    left = seats.left([t for e in events for t in e.ticket_types], taken)
    return [_read(e, access.is_insider(principal, e, members), names, people, left, language) for e in events]


def _read(event: Event, insider: bool, names: dict, people: dict, left: dict, language: str | None) -> EventRead:
    schedule, venue = event.schedule, event.venue
    shown = [t for t in event.ticket_types if insider or t.visibility == "public"]
    public_left = seats_left(event.ticket_types, event.quotas, left)
    co_organisers = [CoOrganiserRead(
        partnership_id=o.partnership_id, organisation_id=o.organisation_id,
        name=names.get(o.organiser_id, {}).get("name"), programme=names.get(o.organiser_id, {}).get("programme"),
        lead=o.lead, revenue_share_bps=o.revenue_share_bps, consented=o.lead or o.organiser_id in event.consents,
        organisations=list(names.get(o.organiser_id, {}).get("organisations", [])),
    ) for o in event.organisers]
    sessions = [SessionRead(
        id=s.id, title=s.title, starts_at=schedule.local(s.starts_at), ends_at=schedule.local(s.ends_at),
        room=s.room, speakers=[PersonRead(expert_id=x, name=people.get(x)) for x in s.speakers],
        moderators=[PersonRead(expert_id=x, name=people.get(x)) for x in s.moderators],
    ) for s in event.sessions]
    return EventRead(
        id=event.id, status=event.status, title=content.in_language(event.titles, language), titles=event.titles,
        description=content.in_language(event.descriptions, language), descriptions=event.descriptions,
        kind=event.kind, organisers=list(event.organisers), co_organisers=co_organisers,
        starts_at=schedule.local(schedule.starts_at), ends_at=schedule.local(schedule.ends_at),
        timezone=schedule.timezone, venue=VenueRead(**vars(venue)) if venue else None,
        online_url=event.online_url, sessions=sessions, languages=list(event.languages), tags=list(event.tags),
        sectors=list(event.sectors), audience=[a.value for a in event.audience], capacity=event.capacity,
        cover_image_url=event.cover_image_url, quotas=list(event.quota_list),
        ticket_types=[TicketTypeRead.of(t, left.get(t.id)) for t in shown], seats_left=public_left,
        published_at=event.published_at, cancel_reason=event.cancel_reason, revision=event.revision,
    )
