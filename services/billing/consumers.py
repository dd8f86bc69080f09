"""What billing reacts to, top to bottom."""

from faststream.kafka import KafkaRouter

from services.billing.refunds import cancellation
from services.billing.orders import service
from services.billing.payments.domain import PaymentProvider
from shared import topics
from shared.contracts.events import (
    EventCancelled, EventEvent, EventPublished, EventRescheduled, TicketTypeChanged, TicketTypeDefined,
)
from shared.contracts.registry import PartnershipEvent, PartnershipFormed
from shared.kafka import subscription
from shared.runtime import ServiceRuntime


def router(runtime: ServiceRuntime, provider: PaymentProvider, *, group_id: str) -> KafkaRouter:
    consumers = KafkaRouter()

    @consumers.subscriber(topics.EVENTS_EVENT.name, title="billing:on_event_event", **subscription(group_id))
    async def on_event_event(event: EventEvent) -> None:
        """A published (or re-published) event puts its ticket types on sale; a cancelled one refunds."""
        if isinstance(event, EventPublished):  # drafts are not for sale
            await service.project_published_event(runtime.pool, event)
        elif isinstance(event, (TicketTypeDefined, TicketTypeChanged)):  # sold from the next order on
            await service.project_ticket_type(runtime.pool, event)
        elif isinstance(event, EventRescheduled):
            await service.project_rescheduling(runtime.pool, event)
        elif isinstance(event, EventCancelled):
            await cancellation.start(runtime.pool, event)
            await service.run_saga_now(runtime.pool, provider, event.aggregate_id)

    @consumers.subscriber(topics.REGISTRY_PARTNERSHIP.name, title="billing:on_partnership_formed",
                          **subscription(group_id))
    async def on_partnership_formed(event: PartnershipEvent) -> None:
        """Which organisations make up a partnership: their admins organise its events."""
        if isinstance(event, PartnershipFormed):
            await service.project_partnership(runtime.pool, event)

    return consumers
