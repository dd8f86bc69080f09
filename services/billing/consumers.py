"""What billing reacts to, top to bottom."""

from faststream.kafka import KafkaRouter

from services.billing import service
from shared import topics
from shared.contracts.events import EventEvent, EventPublished
from shared.kafka import subscription
from shared.runtime import ServiceRuntime


def router(runtime: ServiceRuntime, *, group_id: str) -> KafkaRouter:
    consumers = KafkaRouter()

    @consumers.subscriber(topics.EVENTS_EVENT.name, title="billing:on_event_published", **subscription(group_id))
    async def on_event_published(event: EventEvent) -> None:
        """A published (or re-published) event puts its ticket types on sale here."""
        if isinstance(event, EventPublished):  # drafts are not for sale
            await service.project_published_event(runtime.pool, event)

    return consumers
