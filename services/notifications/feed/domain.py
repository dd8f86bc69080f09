"""In-app feed items: what an owner sees in sparknet itself."""

from dataclasses import dataclass, field
from uuid import UUID

from services.notifications.ids import new_id
from services.notifications.subscriptions.domain import Owner


@dataclass(frozen=True)
class FeedItem:
    owner: Owner
    message_id: UUID
    event_type: str
    title: str
    lines: tuple[str, ...]
    subscription_id: UUID | None = None
    id: UUID = field(default_factory=new_id)
