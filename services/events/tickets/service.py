"""Ticket type use cases: each a change of the event aggregate, in its unit of work."""

from collections.abc import Mapping
from typing import Any
from uuid import UUID

import asyncpg

from services.events.event import access
from services.events.event.service import changed_event
from services.events.projections import seats
from services.events.tickets.domain import TicketType
from shared.auth import Principal


async def add_ticket_type(*, pool: asyncpg.Pool, principal: Principal, event_id: UUID,
                          ticket_type: TicketType) -> TicketType:
    async with changed_event(pool, event_id, principal, access.require_editor) as unit:
        unit.event.add_ticket_type(ticket_type, sold=unit.sold)
    return ticket_type


async def change_ticket_type(*, pool: asyncpg.Pool, principal: Principal, event_id: UUID, ticket_type_id: UUID,
                             values: Mapping[str, Any]) -> TicketType:
    async with changed_event(pool, event_id, principal, access.require_editor) as unit:
        return unit.event.change_ticket_type(ticket_type_id, values, sold=unit.sold)


async def seats_left(*, pool: asyncpg.Pool, event_id: UUID, ticket_type: TicketType) -> int:
    """Its capacity less what billing has sold or holds."""
    async with pool.acquire() as conn:
        taken = await seats.taken(conn, [event_id])
    return seats.left([ticket_type], taken)[ticket_type.id]
