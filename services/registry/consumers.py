"""What the registry reacts to, top to bottom: joint events from the events service, for the map's edges."""

from services.registry.map import service as map_
from shared.consumers import Reaction
from shared.contracts.events import EventCancelled, EventPublished

REACTIONS = (
    Reaction(EventPublished, map_.on_event_published),
    Reaction(EventCancelled, map_.on_event_cancelled),
)
