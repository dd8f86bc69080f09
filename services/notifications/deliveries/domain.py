"""Deliveries: one message to one receiver, tried until it arrives or we give up."""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol
from uuid import UUID

from services.notifications.ids import new_id
from services.notifications.subscriptions.catalogue import in_words
from services.notifications.subscriptions.domain import Subscription
from shared.envelope import Envelope


class Channel(StrEnum):
    WEBHOOK = "webhook"
    EMAIL = "email"


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # waiting for its first or next attempt
    DELIVERED = "delivered"
    DEAD = "dead"  # out of attempts, or the receiver refused for good
    CANCELLED = "cancelled"  # its subscription went away before it was sent


@dataclass(frozen=True)
class Delivery:
    channel: Channel
    recipient: str
    message_id: UUID
    event_type: str
    payload: dict[str, Any] = field(repr=False)
    subscription_id: UUID | None = None
    template: str | None = None  # which email to write; webhooks send the event itself
    id: UUID = field(default_factory=new_id)

    @classmethod
    def webhook(cls, subscription: Subscription, event: Envelope) -> "Delivery":
        return cls(
            channel=Channel.WEBHOOK, recipient=subscription.url, subscription_id=subscription.id,
            message_id=event.message_id, event_type=event.type, payload=event.model_dump(mode="json"),
        )

    @classmethod
    def email(cls, recipient: str, template: str, event: Envelope, subscription_id: UUID | None = None,
              payload: dict[str, Any] | None = None) -> "Delivery":
        return cls(
            channel=Channel.EMAIL, recipient=recipient, template=template, subscription_id=subscription_id,
            message_id=event.message_id, event_type=event.type,
            payload=payload if payload is not None else event.model_dump(mode="json"),
        )

    @classmethod
    def confirmation(cls, subscription: Subscription, public_url: str) -> "Delivery":
        """The email whose link confirms an address that was not the caller's own."""
        return cls(
            channel=Channel.EMAIL, recipient=subscription.email, template="confirm_subscription",
            message_id=subscription.id, event_type="SubscriptionConfirmation",
            payload={"language": subscription.language, "event_types": list(subscription.event_types),
                     "event_types_in_words": in_words(subscription.event_types, subscription.language),
                     "confirm_url": f"{public_url.rstrip('/')}/subscriptions/confirm/{subscription.confirm_token}"},
        )


@dataclass(frozen=True)
class Outcome:
    """What one attempt achieved, in the channel's own terms (HTTP status, SMTP reply)."""

    delivered: bool
    status_code: int | None = None
    response: str | None = None
    error: str | None = None
    retry_after: float | None = None  # seconds the receiver asked us to wait
    permanent: bool = False  # trying again cannot help
    gone: bool = False  # the receiver asked us to stop sending (410 Gone)


@dataclass(frozen=True)
class Step:
    status: DeliveryStatus
    next_attempt_at: datetime | None = None


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int
    base_seconds: float
    max_seconds: float
    factor: float = 4  # 5 attempts at a 60 s base span about 85 minutes

    def ceiling(self, attempt: int) -> float:
        """The longest wait after failed attempt number `attempt` (1-based)."""
        return min(self.max_seconds, self.base_seconds * self.factor ** (attempt - 1))

    def delay(self, attempt: int, retry_after: float | None = None, rng: Callable[[], float] = random.random) -> float:
        # "Equal jitter": at least half the ceiling, so receivers that failed together
        # are not hit together again, yet nobody is retried almost at once.
        ceiling = self.ceiling(attempt)
        backoff = ceiling / 2 + rng() * ceiling / 2
        if retry_after is not None:  # never earlier than the receiver asked, within our own cap
            backoff = max(backoff, min(retry_after, self.max_seconds))
        return backoff

    def after(self, attempt: int, outcome: Outcome, now: datetime, rng: Callable[[], float] = random.random) -> Step:
        if outcome.delivered:
            return Step(DeliveryStatus.DELIVERED)
        if outcome.gone or outcome.permanent or attempt >= self.max_attempts:
            return Step(DeliveryStatus.DEAD)
        wait = self.delay(attempt, outcome.retry_after, rng)
        return Step(DeliveryStatus.PENDING, now + timedelta(seconds=wait))


@dataclass(frozen=True)
class Claim:
    """A delivery taken for one attempt, with what its channel needs to send it."""

    id: UUID
    channel: Channel
    recipient: str
    message_id: UUID
    payload: dict[str, Any] = field(repr=False)
    attempt: int
    template: str | None = None
    subscription_id: UUID | None = None
    url: str | None = None
    secret: str | None = field(default=None, repr=False)
    previous_secret: str | None = field(default=None, repr=False)  # still valid during a rotation
    subscription_active: bool = True
    attempt_offset: int = 0  # attempts made before a replay
    unsubscribe_token: str | None = field(default=None, repr=False)

    @property
    def round_attempt(self) -> int:
        """The attempt number counted since the delivery was planned or last replayed."""
        return self.attempt - self.attempt_offset


@dataclass(frozen=True)
class Attempted:
    """One finished attempt, kept until a batch of them is recorded."""

    claim: Claim
    outcome: Outcome
    step: Step
    started_at: datetime
    duration_ms: int


class Sender(Protocol):
    """A way a notification leaves sparknet: turns a claimed delivery into an Outcome."""

    async def send(self, claim: Claim) -> Outcome: ...
