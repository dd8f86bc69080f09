"""The public catalogue over HTTP: search published events.

No token needed: everyone reads published events.
"""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.events.catalogue import service
from services.events.catalogue.domain import Search
from services.events.event.api import Lang
from services.events.event.pages import EventRead
from shared.contracts.events import EventKind
from shared.errors import DomainError
from shared.http import Cursor, Limit, Page, PoolDep
from shared.identity import MaybePrincipal
from shared.values import Timestamp

router = APIRouter(tags=["catalogue"])
Moment = Annotated[Timestamp | None, Query(description="ISO 8601 with a UTC offset")]
Tags = Annotated[list[str], Query(description="Repeat for several: events carrying all of them")]


@router.get("/events", response_model=Page[EventRead], summary="Search published events")
async def search_events(
    pool: PoolDep, principal: MaybePrincipal,
    q: Annotated[str | None, Query(max_length=200, description="Text in titles, descriptions, tags")] = None,
    kind: EventKind | None = None, city: str | None = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$",
                                         description="ISO 3166-1 alpha-2, any case: de finds DE")] = None,
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
    limit: Limit = 50, cursor: Cursor = None,
):
    """Published events by start time, a page at a time (pass `next_cursor` back as `cursor`).

    Open to everyone; a token only shows its holder's hidden ticket types where they are an insider.
    Every filter narrows the result: `from`/`to` keep the events overlapping that period, so `to` must
    follow `from` (422 otherwise).
    """
    if from_ and to and to <= from_:
        raise DomainError("to: must be after from")
    search = Search(text=q, kind=kind, city=city, country=country, ends_after=from_, starts_before=to,
                    language=language, organiser=organiser, network=network, tags=tuple(tag), paid=paid,
                    with_seats=available)
    return await service.search_events(pool=pool, search=search, principal=principal, language=lang,
                                       limit=limit, cursor=cursor)
