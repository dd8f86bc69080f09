"""Events HTTP API for organisers: draft, edit, consent, the lifecycle, reading one event.

Every change needs a bearer token from the registry (see `access.py` for who may do what).
"""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.events.event import service
from services.events.event.pages import EventRead, page
from services.events.event.schemas import CancelIn, ConsentIn, EventCreate, EventUpdate, RescheduleIn
from shared.http import PoolDep
from shared.identity import CurrentPrincipal, MaybePrincipal

router = APIRouter(tags=["events"])
Lang = Annotated[str | None, Query(pattern=r"^[a-z]{2}$", description="ISO 639-1: texts in this language")]


@router.post("/events", status_code=201, response_model=EventRead)
async def draft_event(body: EventCreate, pool: PoolDep, principal: CurrentPrincipal):
    """Draft an event; its organisers are partnerships and (active) organisations the registry has announced."""
    event = await service.draft_event(pool=pool, principal=principal, **body.draft_fields())
    return await page(pool=pool, event=event, principal=principal)


@router.patch("/events/{event_id}", response_model=EventRead)
async def edit_event(event_id: UUID, body: EventUpdate, pool: PoolDep, principal: CurrentPrincipal):
    """Change what is sent; announced as EventUpdated with what changed.

    `title` and `description` merge by language: `{"title": {"uk": "..."}}` changes Ukrainian only,
    `{"title": {"uk": null}}` removes it, a plain string is the English text only.
    """
    values, wire = body.changes()
    event = await service.edit_event(pool=pool, principal=principal, event_id=event_id, values=values, wire=wire)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/consents", response_model=EventRead)
async def consent(event_id: UUID, body: ConsentIn, pool: PoolDep, principal: CurrentPrincipal):
    """A co-organiser agrees to the draft as it stands; a joint event is published once all have.

    Send `partnership_id` (an admin of one of its members consents) or `organisation_id` (one of its admins).
    """
    organiser_id, kind = body.organiser
    event = await service.consent(pool=pool, principal=principal, event_id=event_id, organiser_id=organiser_id,
                                  kind=kind)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/publish", response_model=EventRead)
async def publish_event(event_id: UUID, pool: PoolDep, principal: CurrentPrincipal):
    """Put a draft on sale: billing and notifications learn of it from EventPublished."""
    event = await service.publish_event(pool=pool, principal=principal, event_id=event_id)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/reschedule", response_model=EventRead)
async def reschedule(event_id: UUID, body: RescheduleIn, pool: PoolDep, principal: CurrentPrincipal):
    """New dates for a published event (the lead's call); ticket holders are told."""
    event = await service.reschedule(pool=pool, principal=principal, event_id=event_id, starts_at=body.starts_at,
                                     ends_at=body.ends_at, timezone=body.timezone, announcement=body.announcement)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/cancel", response_model=EventRead)
async def cancel(event_id: UUID, body: CancelIn, pool: PoolDep, principal: CurrentPrincipal):
    """Cancel (the lead's call): billing refunds the tickets sold."""
    event = await service.cancel(pool=pool, principal=principal, event_id=event_id, reason=body.reason)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/complete", response_model=EventRead)
async def complete(event_id: UUID, pool: PoolDep, principal: CurrentPrincipal):
    """Mark an event that has ended as having taken place."""
    event = await service.complete(pool=pool, principal=principal, event_id=event_id)
    return await page(pool=pool, event=event, principal=principal)


@router.get("/events/{event_id}", response_model=EventRead)
async def get_event(event_id: UUID, pool: PoolDep, principal: MaybePrincipal, lang: Lang = None):
    """An event's page data; drafts only for members of its co-organising organisations."""
    event = await service.get_event(pool=pool, principal=principal, event_id=event_id)
    return await page(pool=pool, event=event, principal=principal, language=lang)
