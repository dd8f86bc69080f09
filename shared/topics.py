"""Every Kafka topic, the model it carries and who produces it, in one place.

A topic carries one aggregate's events (a discriminated union on `type`), keyed by
the aggregate id. Each topic has a dead-letter twin, `<name>.dlq`, for messages a
consumer could not process.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, get_args

from pydantic import TypeAdapter

from shared.contracts import billing, events, registry
from shared.envelope import Envelope


@dataclass(frozen=True)
class Topic:
    name: str
    producer: str
    message: Any  # an Annotated discriminated union of Envelope subclasses
    retention: timedelta | None = None  # None: the broker's default
    adapter: TypeAdapter = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "adapter", TypeAdapter(self.message))

    @property
    def dead_letter(self) -> str:
        return f"{self.name}.dlq"

    def parse(self, raw: bytes | str) -> Envelope:
        return self.adapter.validate_json(raw)


REGISTRY_ORGANISATION = Topic(
    "registry.organisation.v1", "registry", registry.OrganisationEvent
)
REGISTRY_PARTNERSHIP = Topic(
    "registry.partnership.v1", "registry", registry.PartnershipEvent
)
REGISTRY_EXPERT = Topic("registry.expert.v1", "registry", registry.ExpertEvent)
REGISTRY_COOPERATION = Topic("registry.cooperation.v1", "registry", registry.CooperationEvent)
REGISTRY_IDENTITY = Topic("registry.identity.v1", "registry", registry.IdentityEvent)
EVENTS_EVENT = Topic("events.event.v1", "events", events.EventEvent)
BILLING_ORDER = Topic("billing.order.v1", "billing", billing.OrderEvent)
BILLING_INVENTORY = Topic("billing.inventory.v1", "billing", billing.InventoryEvent)
REGISTRY_RESOURCE = Topic("registry.resource.v1", "registry", registry.ResourceEvent)
REGISTRY_NETWORK = Topic("registry.network.v1", "registry", registry.NetworkEvent)
# One-time links (e-mail verification, password reset, invitations): kept no longer than the longest link lives.
REGISTRY_ACCOUNT = Topic("registry.account.v1", "registry", registry.AccountEvent, retention=timedelta(days=7))

ALL_TOPICS: tuple[Topic, ...] = (
    REGISTRY_ORGANISATION,
    REGISTRY_PARTNERSHIP,
    REGISTRY_EXPERT,
    REGISTRY_COOPERATION,
    REGISTRY_IDENTITY,
    EVENTS_EVENT,
    BILLING_ORDER,
    BILLING_INVENTORY,
    REGISTRY_RESOURCE,
    REGISTRY_NETWORK,
    REGISTRY_ACCOUNT,
)


def _types_of(message: Any) -> list[str]:
    union = get_args(message)[0]  # Annotated[A | B, Field(discriminator="type")]
    return [model.model_fields["type"].default for model in get_args(union) or (union,)]


_TOPIC_BY_EVENT_TYPE: dict[str, Topic] = {
    event_type: topic for topic in ALL_TOPICS for event_type in _types_of(topic.message)
}
EVENT_TYPES: frozenset[str] = frozenset(_TOPIC_BY_EVENT_TYPE)


def topic_of(event: Envelope) -> Topic:
    """The one topic an event belongs on: a service cannot publish it elsewhere."""
    return topic_carrying(event.type)


def topic_carrying(event_type: str) -> Topic:
    try:
        return _TOPIC_BY_EVENT_TYPE[event_type]
    except KeyError:
        raise LookupError(f"no topic carries events of type {event_type!r}") from None


def retention_of(name: str) -> timedelta | None:
    """The retention a topic (or its dead-letter twin) is created with."""
    return next((t.retention for t in ALL_TOPICS if name in (t.name, t.dead_letter)), None)


def all_topic_names() -> list[str]:
    return [name for topic in ALL_TOPICS for name in (topic.name, topic.dead_letter)]
