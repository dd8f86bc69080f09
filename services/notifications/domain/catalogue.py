"""Which event types exist on the bus, and which of them webhook subscribers may receive."""

from typing import get_args

from shared.topics import ALL_TOPICS

# Public facts only: order events carry buyers' personal data and never leave by webhook.
WEBHOOK_EVENT_TYPES: frozenset[str] = frozenset({"EventPublished"})


def _types_of(message: object) -> list[str]:
    union = get_args(message)[0]  # Annotated[A | B, Field(discriminator="type")]
    return [model.model_fields["type"].default for model in get_args(union) or (union,)]


CATALOGUE_EVENT_TYPES: frozenset[str] = frozenset(
    event_type for topic in ALL_TOPICS for event_type in _types_of(topic.message)
)
