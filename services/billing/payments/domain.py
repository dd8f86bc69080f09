"""Payments: billing's record of one, and the provider interface billing speaks through."""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol
from uuid import UUID

from shared.errors import DomainError
from shared.money import Money


class PaymentStatus(StrEnum):
    PENDING = "pending"
    DECLINED = "declined"  # the buyer may try again until the hold expires
    SUCCEEDED = "succeeded"
    REFUNDED = "refunded"


class Outcome(StrEnum):
    SUCCEEDED = "succeeded"
    DECLINED = "declined"


@dataclass(frozen=True)
class Payment:
    """Billing's own record: `id` is the reference the provider echoes in its webhooks."""

    id: UUID
    order_id: UUID
    provider: str
    amount: Money
    status: PaymentStatus = PaymentStatus.PENDING
    provider_payment_id: str | None = None
    checkout_url: str | None = None


@dataclass(frozen=True)
class RefundOwed:
    """A refund billing recorded and the provider has not confirmed yet."""

    id: UUID
    provider_payment_id: str
    amount: Money


@dataclass(frozen=True)
class Checkout:
    """Where the buyer pays: the provider's id for the payment and its page."""

    provider_payment_id: str
    checkout_url: str


@dataclass(frozen=True)
class PaymentNotice:
    """A verified webhook: the provider says how a payment ended."""

    webhook_id: str
    reference: UUID
    provider_payment_id: str
    outcome: Outcome
    amount: Money


class InvalidWebhook(DomainError):
    """Malformed (400); a missing, wrong or stale signature is a BadSignature (401)."""

    status = 400


class BadSignature(InvalidWebhook):
    status = 401


class PaymentProvider(Protocol):
    name: str

    async def create_payment(self, *, reference: UUID, amount: Money, description: str) -> Checkout:
        """Idempotent on `reference`: asking twice gives the same payment."""

    async def refund(self, *, provider_payment_id: str, amount: Money, reference: UUID) -> str:
        """Give the money back, idempotent on `reference`; returns the provider's refund id."""

    def verify_webhook(self, headers: Mapping[str, str], body: bytes) -> PaymentNotice:
        """Authenticate and parse a webhook, or raise InvalidWebhook / BadSignature."""
