"""What notifications reacts to on the bus: one consumer per topic, each event applied once."""

from faststream.kafka import KafkaRouter

from services.notifications import planning
from shared import inbox, kafka, topics
from shared.contracts.billing import OrderEvent
from shared.contracts.events import EventEvent
from shared.contracts.registry import CooperationEvent, ExpertEvent, PartnershipEvent
from shared.envelope import Envelope
from shared.runtime import ServiceRuntime


def build_router(runtime: ServiceRuntime) -> KafkaRouter:
    router = KafkaRouter()
    group = kafka.subscription(runtime.settings.group_id)

    async def plan(event: Envelope) -> None:
        # Only planning happens here: sending is the dispatcher's, so a slow receiver never stalls the topic.
        await inbox.apply_once(runtime.pool, consumer=event.type, event=event,
                               apply=lambda uow: planning.reaction_to(event)(uow.conn))

    @router.subscriber(topics.REGISTRY_PARTNERSHIP.name, **group)
    async def on_registry_partnership(event: PartnershipEvent) -> None:
        await plan(event)

    @router.subscriber(topics.REGISTRY_EXPERT.name, **group)
    async def on_registry_expert(event: ExpertEvent) -> None:
        await plan(event)

    @router.subscriber(topics.REGISTRY_COOPERATION.name, **group)
    async def on_registry_cooperation(event: CooperationEvent) -> None:
        await plan(event)

    @router.subscriber(topics.EVENTS_EVENT.name, **group)
    async def on_events_event(event: EventEvent) -> None:
        await plan(event)

    @router.subscriber(topics.BILLING_ORDER.name, **group)
    async def on_billing_order(event: OrderEvent) -> None:
        await plan(event)

    return router
