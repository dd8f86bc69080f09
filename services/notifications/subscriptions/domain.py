"""Subscriptions: who wants which events, narrowed by filters, on which channel and how often."""

import base64
import secrets
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from typing import Any
from uuid import UUID

from services.notifications.ids import new_id
from services.notifications.subscriptions.catalogue import PUBLIC_EVENT_TYPES, check_event_types
from shared.auth import Principal
from shared.envelope import Envelope
from shared.errors import DomainError


class SubscriptionStatus(StrEnum):
    PENDING = "pending"  # an attendee's email subscription, until the link in the email is followed
    ACTIVE = "active"
    DISABLED = "disabled"  # the receiver answered 410 Gone
    DELETED = "deleted"  # kept so that past deliveries still point somewhere


@dataclass(frozen=True)
class Owner:
    """Who a subscription belongs to: `organisation` (its id), `expert` or `user` (token subject),
    `attendee` (an email address) or `external` (an anonymous endpoint, managed with its secret)."""

    kind: str
    id: str | None = None


@dataclass(frozen=True)
class Filters:
    """Every filter set must match; an event lacking the attribute does not match."""

    city: str | None = None
    country: str | None = None
    kind: str | None = None
    tags: tuple[str, ...] | None = None  # any one of them
    language: str | None = None
    organiser: str | None = None  # a co-organising partnership's or organisation's id

    def admit(self, facts: Mapping[str, Any]) -> bool:
        for name in ("city", "country", "kind", "language"):
            wanted = getattr(self, name)
            if wanted is not None and _fold(facts.get(name)) != _fold(wanted):
                return False
        if self.tags is not None and not {_fold(t) for t in self.tags} & {_fold(t) for t in facts.get("tags") or ()}:
            return False
        organisers = {str(o.get(k)) for o in facts.get("organisers") or () for k in ("partnership_id", "organisation_id")
                      if o.get(k)}
        return self.organiser is None or self.organiser in organisers

    def as_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in vars(self).items() if v is not None}

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> "Filters":
        return cls(**{k: tuple(v) if k == "tags" else v for k, v in values.items()})


def _fold(value: Any) -> str | None:
    return str(value).strip().casefold() if value is not None else None


def generate_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


@dataclass(frozen=True)
class Digest:
    frequency: str = "immediate"  # or daily, weekly
    at: time | None = None  # local wall-clock time in `timezone`
    weekday: int | None = None  # 0 = Monday, for weekly digests
    timezone: str = "UTC"


@dataclass
class Subscription:
    event_types: tuple[str, ...]
    url: str | None = None
    secret: str | None = field(default=None, repr=False)
    filters: Filters = field(default_factory=Filters)
    channel: str = "webhook"
    owner: Owner = Owner("external")
    email: str | None = None
    language: str = "en"
    involving_me: bool = False  # public events too only when they concern the owner
    digest: Digest = field(default_factory=Digest)
    status: SubscriptionStatus = SubscriptionStatus.ACTIVE
    unsubscribe_token: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    confirm_token: str | None = field(default=None, repr=False)
    id: UUID = field(default_factory=new_id)

    @classmethod
    def create(cls, *, event_types: list[str], filters: Filters, url: str | None = None, channel: str = "webhook",
               owner: Owner = Owner("external"), confirm: bool = False, **options: Any) -> "Subscription":
        subscription = cls(event_types=check_event_types(event_types, owner.kind), filters=filters,
                           url=url, channel=channel, owner=owner, **options)
        if channel == "webhook":
            subscription.secret = generate_secret()
        if confirm:  # nobody vouches for an email address until its owner follows the link
            subscription.status = SubscriptionStatus.PENDING
            subscription.confirm_token = secrets.token_urlsafe(24)
        return subscription

    def wants(self, event: Envelope, facts: Mapping[str, Any] | None = None,
              audience: Collection[Owner] = ()) -> bool:
        if self.status != SubscriptionStatus.ACTIVE or event.type not in self.event_types:
            return False
        if not self.filters.admit(facts if facts is not None else event.model_dump(mode="json")):
            return False
        if event.type in PUBLIC_EVENT_TYPES and not self.involving_me:
            return True
        return self.owner in audience


def check_choices(*, channel: str, url: str | None, organisation_id: UUID | None, expert_id: UUID | None,
                  digest: Digest) -> None:
    """What one field of a new subscription needs of another; each message names the field to fix."""
    if channel == "webhook" and url is None:
        raise DomainError("url: a webhook subscription needs a url")
    if channel != "webhook" and url is not None:
        raise DomainError(f"url: only webhook subscriptions have a url, not {channel}")
    if organisation_id and expert_id:
        raise DomainError("expert_id: subscribe for an organisation or for an expert, not both")
    if digest.frequency != "immediate" and digest.at is None:
        raise DomainError(f"digest.at: a {digest.frequency} digest needs a local time, e.g. '08:30'")
    if digest.frequency == "weekly" and digest.weekday is None:
        raise DomainError("digest.weekday: a weekly digest needs a day, e.g. 'monday'")


def email_of(channel: str, email: str | None, principal: Principal | None) -> str | None:
    """Where an email subscription writes: the address given, else the caller's own."""
    if channel != "email":
        if email is not None:
            raise DomainError(f"email: only email subscriptions have an address, not {channel}")
        return None
    if email is None and (principal is None or principal.email is None):
        raise DomainError("email: an email subscription needs an address")
    return str(email or principal.email).casefold()


def needs_confirmation(email: str | None, principal: Principal | None) -> bool:
    """Nobody vouches for an address but its owner: unless the caller's token carries it, a link must be followed."""
    return email is not None and (principal is None or (principal.email or "").casefold() != email)
