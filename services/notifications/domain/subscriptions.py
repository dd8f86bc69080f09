"""Subscriptions: who wants which events, narrowed by filters, signed with their own secret."""

import base64
import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID

from services.notifications.domain import new_id
from services.notifications.domain.catalogue import CATALOGUE_EVENT_TYPES, WEBHOOK_EVENT_TYPES
from shared.envelope import Envelope
from shared.http import DomainError


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    DISABLED = "disabled"  # the receiver answered 410 Gone
    DELETED = "deleted"  # kept so that past deliveries still point somewhere


@dataclass(frozen=True)
class Filters:
    """Every filter set must match; an event lacking the attribute does not match."""

    city: str | None = None
    country: str | None = None
    kind: str | None = None

    def admit(self, event: Envelope) -> bool:
        if self.city is not None and _fold(getattr(event, "city", None)) != _fold(self.city):
            return False
        if self.country is not None and _fold(getattr(event, "country", None)) != _fold(self.country):
            return False
        return self.kind is None or getattr(event, "kind", None) == self.kind

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v is not None}


def _fold(value: str | None) -> str | None:
    return value.strip().casefold() if value is not None else None


def generate_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


@dataclass
class Subscription:
    url: str
    event_types: tuple[str, ...]
    secret: str = field(repr=False)
    filters: Filters = field(default_factory=Filters)
    channel: str = "webhook"
    status: SubscriptionStatus = SubscriptionStatus.ACTIVE
    id: UUID = field(default_factory=new_id)

    @classmethod
    def create(cls, *, url: str, event_types: list[str], filters: Filters) -> "Subscription":
        return cls(url=url, event_types=check_event_types(event_types), filters=filters, secret=generate_secret())

    def wants(self, event: Envelope) -> bool:
        return (
            self.status == SubscriptionStatus.ACTIVE
            and event.type in self.event_types
            and self.filters.admit(event)
        )


def check_event_types(event_types: list[str]) -> tuple[str, ...]:
    if not event_types:
        raise DomainError("event_types: name at least one event type")
    unknown = [t for t in event_types if t not in CATALOGUE_EVENT_TYPES]
    if unknown:
        raise DomainError(
            f"event_types: unknown event type(s) {', '.join(map(repr, unknown))};"
            f" known: {', '.join(sorted(CATALOGUE_EVENT_TYPES))}"
        )
    withheld = [t for t in event_types if t not in WEBHOOK_EVENT_TYPES]
    if withheld:
        raise DomainError(
            f"event_types: {', '.join(map(repr, withheld))} not offered to webhooks;"
            f" offered: {', '.join(sorted(WEBHOOK_EVENT_TYPES))}"
        )
    return tuple(dict.fromkeys(event_types))  # order kept, duplicates dropped
