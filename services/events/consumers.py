"""What the events service reacts to, one `on_<topic>` each, top to bottom.

The registry's organisations, partnerships, networks and experts, and billing's seat counts, are
projected into this service's own tables: drafting an event checks its organisers and
speakers, and the catalogue shows seats left, without calling anyone. Types a handler
does not know leave the projections alone.
"""

from faststream.kafka import KafkaRouter

from services.events import projections
from shared import kafka, topics
from shared.contracts.billing import InventoryEvent
from shared.contracts.registry import ExpertEvent, NetworkEvent, OrganisationEvent, PartnershipEvent
from shared.runtime import ServiceRuntime


def consumers(runtime: ServiceRuntime, *, group: str) -> KafkaRouter:
    router = KafkaRouter()

    @router.subscriber(topics.REGISTRY_ORGANISATION.name, **kafka.subscription(group))
    async def on_organisation_registered(event: OrganisationEvent) -> None:
        """Kept so that the catalogue can name and place the members of its partnerships."""
        await projections.project_registry_event(runtime.pool, event)

    @router.subscriber(topics.REGISTRY_PARTNERSHIP.name, **kafka.subscription(group))
    async def on_partnership_formed(event: PartnershipEvent) -> None:
        """A partnership the registry formed may organise events; its members' admins act for it."""
        await projections.project_registry_event(runtime.pool, event)

    @router.subscriber(topics.REGISTRY_NETWORK.name, **kafka.subscription(group))
    async def on_network_event(event: NetworkEvent) -> None:
        """Networks of partnerships: whose events a network's calendar feed shows."""
        await projections.project_registry_event(runtime.pool, event)

    @router.subscriber(topics.REGISTRY_EXPERT.name, **kafka.subscription(group))
    async def on_expert_event(event: ExpertEvent) -> None:
        """Published experts may speak or moderate; withdrawn ones no longer."""
        await projections.project_registry_event(runtime.pool, event)

    @router.subscriber(topics.BILLING_INVENTORY.name, **kafka.subscription(group))
    async def on_seats_availability_changed(event: InventoryEvent) -> None:
        """Seats left for the catalogue; tickets sold for the ticket-type rules."""
        await projections.project_inventory_event(runtime.pool, event)

    return router
