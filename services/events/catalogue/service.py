"""The public catalogue's use case: a page of published events, as their pages show them."""

from uuid import UUID

import asyncpg

from services.events.catalogue import repository
from services.events.catalogue.domain import Search
from services.events.event.pages import EventRead, render
from shared.auth import Principal
from shared.http import Page


async def search_events(*, pool: asyncpg.Pool, search: Search, principal: Principal | None, language: str | None,
                        limit: int, cursor: UUID | None) -> Page[EventRead]:
    async with pool.acquire() as conn:
        found = Page.of(await repository.search(conn, search, limit=limit + 1, after=cursor), limit)
        items = await render(conn, found.items, principal, language)
    return Page[EventRead](items=items, next_cursor=found.next_cursor)
