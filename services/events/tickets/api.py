"""Ticket types of an event over HTTP: define one, change one (also while on sale)."""

from uuid import UUID

from fastapi import APIRouter

from services.events.tickets import service
from services.events.tickets.domain import TicketType
from services.events.tickets.schemas import TicketTypeCreate, TicketTypeRead, TicketTypeUpdate
from shared import openapi
from shared.http import PoolDep
from shared.identity import CurrentPrincipal

router = APIRouter(tags=["events"])


async def _read(pool, event_id: UUID, ticket_type: TicketType) -> TicketTypeRead:
    return TicketTypeRead.of(ticket_type, await service.seats_left(pool=pool, event_id=event_id,
                                                                   ticket_type=ticket_type))


@router.post("/events/{event_id}/ticket-types", status_code=201, response_model=TicketTypeRead,
             summary="Add a ticket type to an event",
             responses=openapi.problems_for(status_409="The event is cancelled or completed"))
async def add_ticket_type(event_id: UUID, body: TicketTypeCreate, pool: PoolDep, principal: CurrentPrincipal):
    """Define a ticket type, on a draft or while the event is on sale (billing learns of it).

    Editors of the event (admins of a co-organiser, operators) may do so: 403 otherwise. 422: the name is
    taken, the currency differs from the event's, the sales period does not fit the event, a quota is unknown,
    or the seats would exceed the event's capacity.
    """
    ticket_type = await service.add_ticket_type(pool=pool, principal=principal, event_id=event_id,
                                                ticket_type=body.to_domain())
    return await _read(pool, event_id, ticket_type)


@router.patch("/events/{event_id}/ticket-types/{ticket_type_id}", response_model=TicketTypeRead,
              summary="Change a ticket type",
              responses=openapi.problems_for(status_409="The event is cancelled or completed"))
async def change_ticket_type(event_id: UUID, ticket_type_id: UUID, body: TicketTypeUpdate, pool: PoolDep,
                             principal: CurrentPrincipal):
    """Change a ticket type, also while on sale: never fewer seats than billing has sold.

    Editors of the event (admins of a co-organiser, operators) may do so: 403 otherwise. 404: no such event,
    or no such ticket type in it. 422: a rule the change breaks, e.g. another currency or fewer seats than sold.
    """
    changed = await service.change_ticket_type(pool=pool, principal=principal, event_id=event_id,
                                               ticket_type_id=ticket_type_id, values=body.to_values())
    return await _read(pool, event_id, changed)
