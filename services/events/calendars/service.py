"""Calendar feeds' use cases: one event's, or the published events an organiser, network or city has."""

from uuid import UUID

import asyncpg

from services.events.calendars import ics, repository
from services.events.catalogue.domain import Search
from services.events.event import content
from services.events.event import service as events
from shared.auth import Principal


async def event_calendar(*, pool: asyncpg.Pool, principal: Principal | None, event_id: UUID,
                         language: str | None) -> bytes:
    """One event, if `principal` may read it (drafts only for insiders)."""
    event = await events.get_event(pool=pool, principal=principal, event_id=event_id)
    return ics.calendar([event], name=content.in_language(event.titles, language), language=language)


async def feed(*, pool: asyncpg.Pool, search: Search, kind: str, subject: str, language: str | None) -> bytes:
    """`kind` and `subject` name the feed ("city", "Lviv"), in `language` where we write it."""
    async with pool.acquire() as conn:
        found = await repository.feed(conn, search)
    return ics.calendar(found, name=ics.feed_name(kind, subject, language), language=language)
