"""Which event types exist on the bus, and which of them webhook subscribers may receive."""

from shared.topics import EVENT_TYPES

# Public facts only: order events carry buyers' personal data and never leave by webhook.
WEBHOOK_EVENT_TYPES: frozenset[str] = frozenset({"EventPublished"})

CATALOGUE_EVENT_TYPES: frozenset[str] = EVENT_TYPES
