"""What the bus teaches us about the network: events and their organisers, partnerships, experts, orders.

Fan-out reads it to tell whom an event concerns and what its filters see."""

from services.notifications.network import repository
from shared.contracts.billing import OrderReserved, TicketsIssued
from shared.envelope import Envelope
from shared.unit_of_work import UnitOfWork

# What filters may match on (and the titles by language emails name the event by), as its publication tells it.
FACTS = ("title", "titles", "kind", "city", "country", "venue", "online_url", "starts_at", "ends_at", "timezone",
         "organisers", "tags", "language")


async def learn_event(uow: UnitOfWork, event: Envelope) -> None:
    payload = event.model_dump(mode="json")
    facts = {k: payload[k] for k in FACTS if k in payload}
    await repository.add_event(uow.conn, event.aggregate_id, getattr(event, "organisers", ()), facts)


async def learn_partnership(uow: UnitOfWork, event: Envelope) -> None:
    """PartnershipFormed and each membership change list all members (never invited organisations)."""
    await repository.put_partnership(uow.conn, event.aggregate_id, [m.organisation_id for m in event.members])


async def learn_expert(uow: UnitOfWork, event: Envelope) -> None:
    await repository.put_expert(uow.conn, event.aggregate_id, getattr(event, "organisation_ids", ()),
                                withdrawn=event.type == "ExpertWithdrawn")


async def learn_order(uow: UnitOfWork, event: OrderReserved | TicketsIssued) -> None:
    await repository.add_order(uow.conn, event.aggregate_id, event.buyer_email, event.language)
    if isinstance(event, TicketsIssued):
        await repository.add_ticket_holder(uow.conn, event.event_id, event.buyer_email)
