"""Ticket types of an event over HTTP: define one, change one (also while on sale)."""

from uuid import UUID

from fastapi import APIRouter

from services.events.tickets import service
from services.events.tickets.domain import TicketType
from services.events.tickets.schemas import TicketTypeCreate, TicketTypeRead, TicketTypeUpdate
from shared.http import PoolDep
from shared.identity import CurrentPrincipal

router = APIRouter(tags=["events"])


async def _read(pool, event_id: UUID, ticket_type: TicketType) -> TicketTypeRead:
    return TicketTypeRead.of(ticket_type, await service.seats_left(pool=pool, event_id=event_id,
                                                                   ticket_type=ticket_type))


@router.post("/events/{event_id}/ticket-types", status_code=201, response_model=TicketTypeRead)
async def add_ticket_type(event_id: UUID, body: TicketTypeCreate, pool: PoolDep, principal: CurrentPrincipal):
    ticket_type = await service.add_ticket_type(pool=pool, principal=principal, event_id=event_id,
                                                ticket_type=body.to_domain())
    return await _read(pool, event_id, ticket_type)


@router.patch("/events/{event_id}/ticket-types/{ticket_type_id}", response_model=TicketTypeRead)
async def change_ticket_type(event_id: UUID, ticket_type_id: UUID, body: TicketTypeUpdate, pool: PoolDep,
                             principal: CurrentPrincipal):
    """Change a ticket type, also while on sale: never fewer seats than billing has sold."""
    changed = await service.change_ticket_type(pool=pool, principal=principal, event_id=event_id,
                                               ticket_type_id=ticket_type_id, values=body.to_values())
    return await _read(pool, event_id, changed)
