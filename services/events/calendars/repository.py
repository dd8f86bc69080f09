"""Calendar feeds' events in SQL: the catalogue's conditions, cancelled and completed events too."""

import asyncpg

from services.events.catalogue.domain import Search
from services.events.catalogue.repository import conditions
from services.events.event import repository
from services.events.event.domain import Event


async def feed(conn: asyncpg.Connection, search: Search, *, limit: int = 500) -> list[Event]:
    """A calendar feed: published events, and cancelled ones so that calendars drop them."""
    where, args = conditions(search)
    where[0] = "e.status IN ('published', 'cancelled', 'completed') AND e.published_at IS NOT NULL"
    args.append(limit)
    rows = await conn.fetch(
        f"SELECT e.* FROM events e WHERE {' AND '.join(where)} ORDER BY e.starts_at, e.id LIMIT ${len(args)}", *args
    )
    return await repository.hydrate(conn, rows)
