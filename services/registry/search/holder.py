"""The in-memory index of this process, rebuilt in the background when the data moved on."""

import asyncio
import logging

import asyncpg

from services.registry.search.facets import FacetIndex

log = logging.getLogger(__name__)


class FacetIndexHolder:
    """One index, and at most one rebuild of it running."""

    def __init__(self) -> None:
        self.index: FacetIndex | None = None
        self._rebuilding: asyncio.Task | None = None

    def refresh(self, pool: asyncpg.Pool) -> None:
        if self._rebuilding is None or self._rebuilding.done():
            self._rebuilding = asyncio.create_task(self._rebuild(pool))

    async def _rebuild(self, pool: asyncpg.Pool) -> None:
        try:
            async with pool.acquire() as conn:
                self.index = await FacetIndex.load(conn)
        except (OSError, asyncpg.PostgresError) as error:
            log.warning("facet index rebuild failed", extra={"error": str(error)})
