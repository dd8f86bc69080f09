"""Events HTTP API for organisers: draft, edit, consent, the lifecycle, ticket types.

Every change needs a bearer token from the registry (see `access.py` for who may do what).
"""

from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request

from services.events import seats, service, views
from services.events.schemas import (
    CancelIn, ConsentIn, EventCreate, EventUpdate, RescheduleIn, TicketTypeCreate, TicketTypeUpdate,
)
from services.events.values import Schedule
from services.events.views import EventRead, TicketTypeRead
from shared.identity import CurrentPrincipal, MaybePrincipal

router = APIRouter(tags=["events"])


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
Lang = Annotated[str | None, Query(pattern=r"^[a-z]{2}$", description="ISO 639-1: texts in this language")]


async def _read(pool: asyncpg.Pool, event, principal, lang: str | None = None) -> EventRead:
    async with pool.acquire() as conn:
        return (await views.render(conn, [event], principal, lang))[0]


async def _ticket_type(pool: asyncpg.Pool, event_id: UUID, ticket_type) -> TicketTypeRead:
    async with pool.acquire() as conn:
        taken = await seats.taken(conn, [event_id])
    return TicketTypeRead.of(ticket_type, seats.left([ticket_type], taken)[ticket_type.id])


@router.post("/events", status_code=201, response_model=EventRead)
async def draft_event(body: EventCreate, pool: PoolDep, principal: CurrentPrincipal):
    """Draft an event; its organisers are partnerships and (active) organisations the registry has announced."""
    event = await service.draft_event(pool, principal, **body.draft_fields())
    return await _read(pool, event, principal)


@router.patch("/events/{event_id}", response_model=EventRead)
async def edit_event(event_id: UUID, body: EventUpdate, pool: PoolDep, principal: CurrentPrincipal):
    """Change what is sent; announced as EventUpdated with what changed.

    `title` and `description` merge by language: `{"title": {"uk": "..."}}` changes Ukrainian only,
    `{"title": {"uk": null}}` removes it, a plain string is the English text only.
    """
    values, wire = body.changes()
    return await _read(pool, await service.edit_event(pool, principal, event_id, values, wire), principal)


@router.post("/events/{event_id}/consents", response_model=EventRead)
async def consent(event_id: UUID, body: ConsentIn, pool: PoolDep, principal: CurrentPrincipal):
    """A co-organiser agrees to the draft as it stands; a joint event is published once all have.

    Send `partnership_id` (an admin of one of its members consents) or `organisation_id` (one of its admins).
    """
    organiser_id, kind = body.organiser
    event = await service.consent(pool, principal, event_id, organiser_id, kind=kind)
    return await _read(pool, event, principal)


@router.post("/events/{event_id}/publish", response_model=EventRead)
async def publish_event(event_id: UUID, pool: PoolDep, principal: CurrentPrincipal):
    """Put a draft on sale: billing and notifications learn of it from EventPublished."""
    return await _read(pool, await service.publish_event(pool, principal, event_id), principal)


@router.post("/events/{event_id}/reschedule", response_model=EventRead)
async def reschedule(event_id: UUID, body: RescheduleIn, pool: PoolDep, principal: CurrentPrincipal):
    """New dates for a published event (the lead's call); ticket holders are told."""
    current = await service.get_event(pool, principal, event_id)
    schedule = Schedule(starts_at=body.starts_at, ends_at=body.ends_at,
                        timezone=body.timezone or current.schedule.timezone)
    event = await service.reschedule(pool, principal, event_id, schedule, body.announcement)
    return await _read(pool, event, principal)


@router.post("/events/{event_id}/cancel", response_model=EventRead)
async def cancel(event_id: UUID, body: CancelIn, pool: PoolDep, principal: CurrentPrincipal):
    """Cancel (the lead's call): billing refunds the tickets sold."""
    return await _read(pool, await service.cancel(pool, principal, event_id, body.reason), principal)


@router.post("/events/{event_id}/complete", response_model=EventRead)
async def complete(event_id: UUID, pool: PoolDep, principal: CurrentPrincipal):
    """Mark an event that has ended as having taken place."""
    return await _read(pool, await service.complete(pool, principal, event_id), principal)


@router.post("/events/{event_id}/ticket-types", status_code=201, response_model=TicketTypeRead)
async def add_ticket_type(event_id: UUID, body: TicketTypeCreate, pool: PoolDep, principal: CurrentPrincipal):
    ticket_type = await service.add_ticket_type(pool, principal, event_id, body.to_domain())
    return await _ticket_type(pool, event_id, ticket_type)


@router.patch("/events/{event_id}/ticket-types/{ticket_type_id}", response_model=TicketTypeRead)
async def change_ticket_type(event_id: UUID, ticket_type_id: UUID, body: TicketTypeUpdate, pool: PoolDep,
                             principal: CurrentPrincipal):
    """Change a ticket type, also while on sale: never fewer seats than billing has sold."""
    changed = await service.change_ticket_type(pool, principal, event_id, ticket_type_id, body.to_values())
    return await _ticket_type(pool, event_id, changed)


@router.get("/events/{event_id}", response_model=EventRead)
async def get_event(event_id: UUID, pool: PoolDep, principal: MaybePrincipal, lang: Lang = None):
    """An event's page data; drafts only for members of its co-organising organisations."""
    return await _read(pool, await service.get_event(pool, principal, event_id), principal, lang)
