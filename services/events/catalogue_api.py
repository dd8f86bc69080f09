"""The public catalogue over HTTP: search published events, and calendar feeds.

No token needed: everyone reads published events. Feeds are iCalendar (RFC 5545) for
one event, and per organiser, network (a partnership programme) and city.
"""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response
from pydantic import AwareDatetime

from services.events import calendar, catalogue, service, views
from services.events.api import Lang, PoolDep
from services.events.catalogue import Search
from services.events.views import EventRead
from shared.contracts.events import EventKind
from shared.http import Page
from shared.errors import DomainError
from shared.identity import MaybePrincipal

router = APIRouter(tags=["catalogue"])
Moment = Annotated[AwareDatetime | None, Query(description="ISO 8601 with a UTC offset")]
Tags = Annotated[list[str], Query(description="Repeat for several: events carrying all of them")]


@router.get("/events", response_model=Page[EventRead])
async def search_events(
    pool: PoolDep, principal: MaybePrincipal,
    q: Annotated[str | None, Query(max_length=200, description="Text in titles, descriptions, tags")] = None,
    kind: EventKind | None = None, city: str | None = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
    from_: Annotated[Moment, Query(alias="from")] = None, to: Moment = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2}$")] = None,
    organiser: Annotated[UUID | None, Query(description="An organising partnership or organisation, or an"
                                             " organisation member of an organising partnership")] = None,
    network: Annotated[str | None, Query(max_length=200,
                                         description="A network's id or name, or a programme")] = None,
    tag: Tags = [],
    paid: Annotated[bool | None, Query(description="false: free events only; true: paid ones")] = None,
    available: Annotated[bool | None, Query(description="true: events with seats left")] = None,
    lang: Lang = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: UUID | None = None,
):
    """Published events by start time, a page at a time (pass `next_cursor` back as `cursor`)."""
    if from_ and to and to <= from_:
        raise DomainError("to: must be after from")
    search = Search(text=q, kind=kind, city=city, country=country, ends_after=from_, starts_before=to,
                    language=language, organiser=organiser, network=network, tags=tuple(tag), paid=paid,
                    with_seats=available)
    async with pool.acquire() as conn:
        events = await catalogue.search(conn, search, limit=limit, after=cursor)
        items = await views.render(conn, events, principal, lang)
    return {"items": items, "next_cursor": events[-1].id if len(events) == limit else None}


def _ics(body: bytes, filename: str) -> Response:
    return Response(body, media_type=calendar.MEDIA_TYPE,
                    headers={"Content-Disposition": f'inline; filename="{filename}.ics"'})


@router.get("/events/{event_id}/calendar.ics", response_class=Response)
async def event_calendar(event_id: UUID, pool: PoolDep, principal: MaybePrincipal, lang: Lang = None):
    event = await service.get_event(pool, principal, event_id)
    return _ics(calendar.calendar([event], name=event.title, language=lang), f"event-{event_id}")


async def _feed(pool, search: Search, name: str, lang: str | None) -> Response:
    async with pool.acquire() as conn:
        events = await catalogue.feed(conn, search)
    return _ics(calendar.calendar(events, name=name, language=lang), "sparknet-events")


@router.get("/calendars/organisers/{organiser_id}.ics", response_class=Response)
async def organiser_calendar(organiser_id: UUID, pool: PoolDep, lang: Lang = None):
    """Events co-organised by a partnership, or by an organisation on its own or through its partnerships."""
    return await _feed(pool, Search(organiser=organiser_id), f"sparknet: organiser {organiser_id}", lang)


@router.get("/calendars/networks/{network}.ics", response_class=Response)
async def network_calendar(network: str, pool: PoolDep, lang: Lang = None):
    """Events of a registry network's partnerships (by the network's id or name), or of a programme."""
    return await _feed(pool, Search(network=network), f"sparknet: {network}", lang)


@router.get("/calendars/cities/{city}.ics", response_class=Response)
async def city_calendar(city: str, pool: PoolDep, lang: Lang = None):
    return await _feed(pool, Search(city=city), f"sparknet: events in {city}", lang)
