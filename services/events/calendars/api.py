"""Calendar feeds over HTTP: iCalendar (RFC 5545) for one event, and per organiser, network
(a partnership programme) and city. No token needed: feeds show published events.
"""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from services.events.calendars import ics, service
from services.events.catalogue.domain import Search
from services.events.event.api import Lang
from shared.http import PoolDep
from shared.identity import MaybePrincipal

router = APIRouter(tags=["catalogue"])

# The answer is an iCalendar file, never JSON: typed so that clients read it as text.
CALENDAR = {200: {"description": "An iCalendar (RFC 5545) file",
                  "content": {"text/calendar": {"schema": {"type": "string"}}}}}
FeedSubject = Annotated[str, Path(max_length=200)]


def _ics(body: bytes, filename: str) -> Response:
    return Response(body, media_type=ics.MEDIA_TYPE,
                    headers={"Content-Disposition": f'inline; filename="{filename}.ics"'})


@router.get("/events/{event_id}/calendar.ics", response_class=Response, responses=CALENDAR,
            summary="Get an event's calendar entry")
async def event_calendar(event_id: UUID, pool: PoolDep, principal: MaybePrincipal, lang: Lang = None):
    """One event as an iCalendar file, its texts in `lang` where the event has them.

    Anyone may fetch a published (also cancelled or completed) event; a draft only members of its
    co-organising organisations and operators. 404: no such event, or a draft the caller may not see.
    """
    body = await service.event_calendar(pool=pool, principal=principal, event_id=event_id, language=lang)
    return _ics(body, f"event-{event_id}")


async def _feed(pool, search: Search, kind: str, subject: str, lang: str | None) -> Response:
    body = await service.feed(pool=pool, search=search, kind=kind, subject=subject, language=lang)
    return _ics(body, "sparknet-events")


@router.get("/calendars/organisers/{organiser_id}.ics", response_class=Response, responses=CALENDAR,
            summary="Get an organiser's calendar feed")
async def organiser_calendar(organiser_id: UUID, pool: PoolDep, lang: Lang = None):
    """Events co-organised by a partnership, or by an organisation on its own or through its partnerships.

    Open to everyone: published events, and cancelled ones so that calendars drop them. An organiser
    nobody knows has an empty feed, not a 404.
    """
    return await _feed(pool, Search(organiser=organiser_id), "organiser", str(organiser_id), lang)


@router.get("/calendars/networks/{network}.ics", response_class=Response, responses=CALENDAR,
            summary="Get a network's calendar feed")
async def network_calendar(network: FeedSubject, pool: PoolDep, lang: Lang = None):
    """Events of a registry network's partnerships (by the network's id or name, any case), or of a programme.

    Open to everyone: published events, and cancelled ones so that calendars drop them. A network
    nobody knows has an empty feed, not a 404.
    """
    return await _feed(pool, Search(network=network), "network", network, lang)


@router.get("/calendars/cities/{city}.ics", response_class=Response, responses=CALENDAR,
            summary="Get a city's calendar feed")
async def city_calendar(city: FeedSubject, pool: PoolDep, lang: Lang = None):
    """Events taking place in a city (its name, any case).

    Open to everyone: published events, and cancelled ones so that calendars drop them. A city
    without events has an empty feed, not a 404.
    """
    return await _feed(pool, Search(city=city), "city", city, lang)
