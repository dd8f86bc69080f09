"""Keeping what is on sale in step with events.event.v1: publications, ticket types, new dates."""

from services.billing.offers import repository
from shared.contracts.events import EventPublished, EventRescheduled, TicketTypeChanged, TicketTypeDefined
from shared.unit_of_work import UnitOfWork


async def on_event_published(uow: UnitOfWork, event: EventPublished) -> None:
    """A published (or re-published) event puts its ticket types on sale; drafts are not for sale."""
    await repository.project(uow.conn, event)


async def on_ticket_type(uow: UnitOfWork, event: TicketTypeDefined | TicketTypeChanged) -> None:
    """Sold from the next order on."""
    await repository.project_offer(uow.conn, event.aggregate_id, event.ticket_type, on_sale=event.on_sale,
                                   quotas=event.quotas)


async def on_event_rescheduled(uow: UnitOfWork, event: EventRescheduled) -> None:
    await repository.reschedule(uow.conn, event)
