"""Announcing seat counters: the moves of many orders, one SeatsAvailabilityChanged per ticket type."""

import asyncpg

from services.billing.seats import repository
from shared.unit_of_work import UnitOfWork


async def announce_due(pool: asyncpg.Pool) -> int:
    """Announce every ticket type whose counters moved since the last call, with its latest counters."""
    async with UnitOfWork(pool) as uow:
        moved = await repository.take_due(uow.conn)
        uow.collect([seats.changed() for seats in moved])
    return len(moved)
