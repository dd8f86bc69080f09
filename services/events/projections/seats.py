"""Billing's seat counts per ticket type (billing.inventory.v1), projected.

They give the catalogue its seats left (a ticket type's capacity less what billing has
sold or holds), and the ticket-type rules their sold counts
(a capacity never goes below what billing has sold). Guarded by `as_of` like every
projection, so replays and redeliveries leave the newest counts in place.
"""

from collections.abc import Iterable
from uuid import UUID

import asyncpg

from shared.contracts.billing import SeatsAvailabilityChanged
from shared.unit_of_work import UnitOfWork


async def upsert_seats(uow: UnitOfWork, event: SeatsAvailabilityChanged) -> None:
    await uow.conn.execute(
        "INSERT INTO seats (ticket_type_id, event_id, capacity, sold, held, seats_left, as_of)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7)"
        " ON CONFLICT (ticket_type_id) DO UPDATE SET capacity = EXCLUDED.capacity, sold = EXCLUDED.sold,"
        " held = EXCLUDED.held, seats_left = EXCLUDED.seats_left, as_of = EXCLUDED.as_of"
        " WHERE seats.as_of <= EXCLUDED.as_of",
        event.aggregate_id, event.event_id, event.capacity, event.sold, event.held, event.left, event.occurred_at,
    )


async def sold(conn: asyncpg.Connection, event_id: UUID) -> dict[UUID, int]:
    rows = await conn.fetch("SELECT ticket_type_id, sold FROM seats WHERE event_id = $1", event_id)
    return {row["ticket_type_id"]: row["sold"] for row in rows}


async def taken(conn: asyncpg.Connection, event_ids: Iterable[UUID]) -> dict[UUID, int]:
    """Seats sold or held per ticket type, for the ticket types billing has counted."""
    rows = await conn.fetch("SELECT ticket_type_id, sold + held AS taken FROM seats WHERE event_id = ANY($1::uuid[])",
                            list(event_ids))
    return {row["ticket_type_id"]: row["taken"] for row in rows}


def left(ticket_types: Iterable, taken: dict[UUID, int]) -> dict[UUID, int]:
    """Seats left per ticket type: its capacity now (it may have changed since billing counted) less taken."""
    return {t.id: max(t.capacity - taken.get(t.id, 0), 0) for t in ticket_types}
