"""Calendar feeds over HTTP: iCalendar (RFC 5545) for one event, and per organiser, network
(a partnership programme) and city. No token needed: feeds show published events.
"""

from uuid import UUID

from fastapi import APIRouter, Response

from services.events.calendars import ics, service
from services.events.catalogue.domain import Search
from services.events.event.api import Lang
from shared.http import PoolDep
from shared.identity import MaybePrincipal

router = APIRouter(tags=["catalogue"])


def _ics(body: bytes, filename: str) -> Response:
    return Response(body, media_type=ics.MEDIA_TYPE,
                    headers={"Content-Disposition": f'inline; filename="{filename}.ics"'})


@router.get("/events/{event_id}/calendar.ics", response_class=Response)
async def event_calendar(event_id: UUID, pool: PoolDep, principal: MaybePrincipal, lang: Lang = None):
    body = await service.event_calendar(pool=pool, principal=principal, event_id=event_id, language=lang)
    return _ics(body, f"event-{event_id}")


async def _feed(pool, search: Search, kind: str, subject: str, lang: str | None) -> Response:
    body = await service.feed(pool=pool, search=search, kind=kind, subject=subject, language=lang)
    return _ics(body, "sparknet-events")


@router.get("/calendars/organisers/{organiser_id}.ics", response_class=Response)
async def organiser_calendar(organiser_id: UUID, pool: PoolDep, lang: Lang = None):
    """Events co-organised by a partnership, or by an organisation on its own or through its partnerships."""
    return await _feed(pool, Search(organiser=organiser_id), "organiser", str(organiser_id), lang)


@router.get("/calendars/networks/{network}.ics", response_class=Response)
async def network_calendar(network: str, pool: PoolDep, lang: Lang = None):
    """Events of a registry network's partnerships (by the network's id or name), or of a programme."""
    return await _feed(pool, Search(network=network), "network", network, lang)


@router.get("/calendars/cities/{city}.ics", response_class=Response)
async def city_calendar(city: str, pool: PoolDep, lang: Lang = None):
    return await _feed(pool, Search(city=city), "city", city, lang)
