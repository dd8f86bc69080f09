"""Announcing seat counters: the moves of many orders, one SeatsAvailabilityChanged per ticket type."""

from contextlib import ExitStack

import asyncpg

from services.billing.seats import repository
from shared import telemetry
from shared.unit_of_work import UnitOfWork


async def announce_due(pool: asyncpg.Pool) -> int:
    """Announce every ticket type whose counters moved since the last call, with its latest counters.

    A tick that announces something starts a trace (held until the outbox rows are written at commit),
    so the announcements carry trace context; an idle tick starts none."""
    with ExitStack() as tracing:
        async with UnitOfWork(pool) as uow:
            moved = await repository.take_due(uow.conn)
            if moved:
                tracing.enter_context(telemetry.traced("announce seat counters", ticket_types=str(len(moved))))
            uow.collect([seats.changed() for seats in moved])
    return len(moved)
