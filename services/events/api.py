"""Events HTTP API: parse, call the service layer, answer."""

from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request
from pydantic import AwareDatetime

from services.events import service
from services.events.repository import Listing
from services.events.schemas import EventCreate, EventRead, TicketTypeCreate, TicketTypeRead
from shared.contracts.events import EventKind
from shared.http import DomainError, Page

router = APIRouter(tags=["events"])


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
Limit = Annotated[int, Query(ge=1, le=200)]
Moment = Annotated[AwareDatetime | None, Query(description="ISO 8601 with a UTC offset")]


@router.post("/events", status_code=201, response_model=EventRead)
async def draft_event(body: EventCreate, pool: PoolDep):
    """Draft an event; its organisers must be partnerships the registry has announced."""
    event = await service.draft_event(pool, **body.draft_fields())
    return EventRead.of(event)


@router.post("/events/{event_id}/ticket-types", status_code=201, response_model=TicketTypeRead)
async def add_ticket_type(event_id: UUID, body: TicketTypeCreate, pool: PoolDep):
    ticket_type = await service.add_ticket_type(pool, event_id=event_id, ticket_type=body.to_domain())
    return TicketTypeRead.of(ticket_type)


@router.post("/events/{event_id}/publish", response_model=EventRead)
async def publish_event(event_id: UUID, pool: PoolDep):
    """Put a draft on sale: billing and notifications learn of it from EventPublished."""
    return EventRead.of(await service.publish_event(pool, event_id=event_id))


@router.get("/events/{event_id}", response_model=EventRead)
async def get_event(event_id: UUID, pool: PoolDep):
    return EventRead.of(await service.get_event(pool, event_id))


@router.get("/events", response_model=Page[EventRead])
async def list_events(
    pool: PoolDep,
    city: str | None = None,
    kind: EventKind | None = None,
    from_: Annotated[Moment, Query(alias="from")] = None,
    to: Moment = None,
    limit: Limit = 50,
    cursor: UUID | None = None,
):
    """Published events by start time; `from`/`to` keep those taking place in that period."""
    if from_ and to and to <= from_:
        raise DomainError("to: must be after from")
    listing = Listing(city=city, kind=kind, ends_after=from_, starts_before=to)
    events = await service.list_published(pool, listing, limit=limit, after=cursor)
    next_cursor = events[-1].id if len(events) == limit else None
    return {"items": [EventRead.of(e) for e in events], "next_cursor": next_cursor}
