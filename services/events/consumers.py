"""What the events service reacts to, one `on_<event>` per topic, top to bottom.

The registry's organisations and partnerships are projected into this service's own
tables, so drafting an event can check its organisers without calling the registry.
"""

from faststream.kafka import KafkaRouter

from services.events import service
from shared import kafka, topics
from shared.contracts.registry import OrganisationEvent, PartnershipEvent
from shared.runtime import ServiceRuntime


def consumers(runtime: ServiceRuntime, *, group: str) -> KafkaRouter:
    router = KafkaRouter()

    @router.subscriber(topics.REGISTRY_ORGANISATION.name, **kafka.subscription(group))
    async def on_organisation_registered(event: OrganisationEvent) -> None:
        """Kept so that the catalogue can name and place the members of its partnerships."""
        await service.project_registry_event(runtime.pool, event)

    @router.subscriber(topics.REGISTRY_PARTNERSHIP.name, **kafka.subscription(group))
    async def on_partnership_formed(event: PartnershipEvent) -> None:
        """A partnership the registry formed may organise events from now on."""
        await service.project_registry_event(runtime.pool, event)

    return router
