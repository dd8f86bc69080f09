"""Events HTTP API for organisers: draft, edit, consent, the lifecycle, reading one event.

Every change needs a bearer token from the registry (see `access.py` for who may do what).
"""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.events.event import service
from services.events.event.pages import EventRead, page
from services.events.event.schemas import CancelIn, ConsentIn, EventCreate, EventUpdate, RescheduleIn
from shared import openapi
from shared.http import PoolDep
from shared.identity import CurrentPrincipal, MaybePrincipal

router = APIRouter(tags=["events"])
Lang = Annotated[str | None, Query(pattern=r"^[a-z]{2}$", description="ISO 639-1: texts in this language")]


@router.post("/events", status_code=201, response_model=EventRead, summary="Draft an event")
async def draft_event(body: EventCreate, pool: PoolDep, principal: CurrentPrincipal):
    """Draft an event; its organisers are partnerships and (active) organisations the registry has announced.

    The caller must be an admin of the lead organiser (the lead organisation, or a member of the lead
    partnership), or an operator: 403 otherwise. 422: a rule the draft breaks, such as the end not
    following the start, revenue shares not adding up to 10000 basis points once a ticket costs money,
    an organiser or expert the registry has not announced.
    """
    event = await service.draft_event(pool=pool, principal=principal, **body.draft_fields())
    return await page(pool=pool, event=event, principal=principal)


@router.patch("/events/{event_id}", response_model=EventRead, summary="Change an event",
              responses=openapi.problems_for(status_409="The event is cancelled or completed, or published and the"
                                                        " change is to its dates or organisers"))
async def edit_event(event_id: UUID, body: EventUpdate, pool: PoolDep, principal: CurrentPrincipal):
    """Change what is sent; announced as EventUpdated with what changed.

    `title` and `description` merge by language: `{"title": {"uk": "..."}}` changes Ukrainian only,
    `{"title": {"uk": null}}` removes it, a plain string is the English text only.
    Admins of a co-organising organisation (or of a member of a co-organising partnership) and operators
    may edit: 403 otherwise. A change to the organisers asks every co-organiser to consent again.
    """
    values, wire = body.changes()
    event = await service.edit_event(pool=pool, principal=principal, event_id=event_id, values=values, wire=wire)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/consents", response_model=EventRead, summary="Consent to a joint event",
             responses=openapi.problems_for(status_409="The event is no longer a draft, the organiser leads it, or"
                                                       " has consented already"))
async def consent(event_id: UUID, body: ConsentIn, pool: PoolDep, principal: CurrentPrincipal):
    """A co-organiser agrees to the draft as it stands; a joint event is published once all have.

    Send `partnership_id` (an admin of one of its members consents) or `organisation_id` (one of its admins):
    403 for anyone else. 422: the organiser named does not co-organise the event.
    """
    organiser_id, kind = body.organiser
    event = await service.consent(pool=pool, principal=principal, event_id=event_id, organiser_id=organiser_id,
                                  kind=kind)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/publish", response_model=EventRead, summary="Publish an event",
             responses=openapi.problems_for(status_409="The event is not a draft, or a co-organiser has not"
                                                       " consented yet"))
async def publish_event(event_id: UUID, pool: PoolDep, principal: CurrentPrincipal):
    """Put a draft on sale: billing and notifications learn of it from EventPublished.

    Editors of the event (admins of a co-organiser, operators) may publish: 403 otherwise. 422: the event
    has started, has neither a venue nor an online URL, or no ticket type.
    """
    event = await service.publish_event(pool=pool, principal=principal, event_id=event_id)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/reschedule", response_model=EventRead, summary="Reschedule an event",
             responses=openapi.problems_for(status_409="The event is not published"))
async def reschedule(event_id: UUID, body: RescheduleIn, pool: PoolDep, principal: CurrentPrincipal):
    """New dates for a published event (the lead's call); ticket holders are told.

    Admins of the lead organiser and operators may reschedule: 403 otherwise. The agenda moves with the
    event. 422: the new start is not in the future, the end does not follow it, or the dates are unchanged.
    """
    event = await service.reschedule(pool=pool, principal=principal, event_id=event_id, starts_at=body.starts_at,
                                     ends_at=body.ends_at, timezone=body.timezone, announcement=body.announcement)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/cancel", response_model=EventRead, summary="Cancel an event",
             responses=openapi.problems_for(status_409="The event is cancelled or completed already"))
async def cancel(event_id: UUID, body: CancelIn, pool: PoolDep, principal: CurrentPrincipal):
    """Cancel a draft or a published event (the lead's call): billing refunds the tickets sold.

    Admins of the lead organiser and operators may cancel: 403 otherwise. The reason is told to attendees.
    """
    event = await service.cancel(pool=pool, principal=principal, event_id=event_id, reason=body.reason)
    return await page(pool=pool, event=event, principal=principal)


@router.post("/events/{event_id}/complete", response_model=EventRead, summary="Mark an event as taken place",
             responses=openapi.problems_for(status_409="The event is not published, or has not ended yet"))
async def complete(event_id: UUID, pool: PoolDep, principal: CurrentPrincipal):
    """Mark a published event that has ended as having taken place.

    Editors of the event (admins of a co-organiser, operators) may do so: 403 otherwise.
    """
    event = await service.complete(pool=pool, principal=principal, event_id=event_id)
    return await page(pool=pool, event=event, principal=principal)


@router.get("/events/{event_id}", response_model=EventRead, summary="Get an event")
async def get_event(event_id: UUID, pool: PoolDep, principal: MaybePrincipal, lang: Lang = None):
    """An event's page data, its texts in `lang` where the event has them.

    Anyone may read a published (also cancelled or completed) event; drafts and hidden ticket types only
    members of its co-organising organisations and operators. 404: no such event, or a draft the caller
    may not see.
    """
    event = await service.get_event(pool=pool, principal=principal, event_id=event_id)
    return await page(pool=pool, event=event, principal=principal, language=lang)
