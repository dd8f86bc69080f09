"""Turning one event and the subscriptions that want it into what each channel needs. No I/O."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from services.notifications.deliveries.domain import Delivery
from services.notifications.feed.domain import FeedItem
from services.notifications.subscriptions.domain import Subscription
from services.notifications.fanout.summaries import summarise
from shared.envelope import Envelope


@dataclass(frozen=True)
class DigestItem:
    subscription: Subscription
    message_id: Any
    event_type: str
    title: str
    lines: tuple[str, ...]
    payload: dict[str, Any] = field(repr=False)


@dataclass
class Fanout:
    webhooks: list[Subscription] = field(default_factory=list)  # immediate webhooks: the event itself, signed
    deliveries: list[Delivery] = field(default_factory=list)
    feed: list[FeedItem] = field(default_factory=list)
    digests: list[DigestItem] = field(default_factory=list)


def fan_out(event: Envelope, subscriptions: Iterable[Subscription], facts: dict[str, Any]) -> Fanout:
    """One delivery, feed item or digest line per subscription; summaries are written once per language."""
    payload = event.model_dump(mode="json")
    summaries: dict[str, Any] = {}
    out = Fanout()
    for s in subscriptions:
        if s.channel == "webhook" and s.digest.frequency == "immediate":  # the bulk case: stored in one go
            out.webhooks.append(s)
            continue
        if s.language not in summaries:
            summaries[s.language] = summarise(event.type, {**facts, **payload}, s.language)
        summary = summaries[s.language]
        if s.digest.frequency != "immediate":
            out.digests.append(DigestItem(s, event.message_id, event.type, summary.title, summary.lines, payload))
        elif s.channel == "email":
            body = {"language": s.language, "title": summary.title, "lines": list(summary.lines), "event": payload}
            out.deliveries.append(Delivery.email(s.email, "notification", event, s.id, payload=body))
        else:
            out.feed.append(FeedItem(s.owner, event.message_id, event.type, summary.title, summary.lines, s.id))
    return out
