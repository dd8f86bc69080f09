"""A digest: the lines a subscription collected since its last one, as one message. No I/O."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from services.notifications.deliveries.domain import Channel, Delivery
from services.notifications.feed.domain import FeedItem
from services.notifications.subscriptions.domain import Subscription

_TITLE = {
    "en": {"daily": "Your daily sparknet digest: {n} updates", "weekly": "Your weekly sparknet digest: {n} updates"},
    "uk": {"daily": "Ваш щоденний дайджест sparknet: оновлень — {n}",
           "weekly": "Ваш щотижневий дайджест sparknet: оновлень — {n}"},
    "de": {"daily": "Ihr täglicher sparknet-Überblick: {n} Neuigkeiten",
           "weekly": "Ihr wöchentlicher sparknet-Überblick: {n} Neuigkeiten"},
}


def digest_id(subscription: Subscription, due_at: datetime) -> uuid.UUID:
    """The same digest gets the same id, so composing it twice still sends it once."""
    return uuid.uuid5(subscription.id, due_at.isoformat())


def compose(subscription: Subscription, due_at: datetime, items: Sequence[dict[str, Any]]) -> Delivery | FeedItem:
    """`items` in the order they happened, each with title, lines, event_type, message_id and payload."""
    language = subscription.language if subscription.language in _TITLE else "en"
    title = _TITLE[language][subscription.digest.frequency].format(n=len(items))
    message_id = digest_id(subscription, due_at)
    if subscription.channel == "in_app":
        return FeedItem(subscription.owner, message_id, "Digest", title,
                        tuple(i["title"] for i in items), subscription.id)
    if subscription.channel == "email":
        payload = {"language": language, "title": title,
                   "items": [{"title": i["title"], "lines": list(i["lines"])} for i in items]}
        return Delivery(channel=Channel.EMAIL, recipient=subscription.email, template="digest", payload=payload,
                        message_id=message_id, event_type="Digest", subscription_id=subscription.id)
    payload = {"type": "Digest", "message_id": str(message_id), "subscription_id": str(subscription.id),
               "frequency": subscription.digest.frequency, "due_at": due_at.isoformat(),
               "events": [i["payload"] for i in items]}
    return Delivery(channel=Channel.WEBHOOK, recipient=subscription.url, payload=payload, message_id=message_id,
                    event_type="Digest", subscription_id=subscription.id)
