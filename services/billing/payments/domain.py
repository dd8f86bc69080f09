"""Payments: billing's record of one, and the provider interface billing speaks through."""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol
from urllib.parse import urlsplit
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


class ReturnNotOnSite(DomainError):
    """Providers send the buyer back only to this site: never an open redirect."""

    status = 400


def on_site(url: str, *, site: str) -> str:
    """`url` if it leads back to `site`: a path, or the same scheme and host (the port may differ, as a
    site's does; development serves the web app on its own port)."""
    if any(char.isspace() or not char.isprintable() or char == "\\" for char in url):
        raise ReturnNotOnSite("return_url: must not contain spaces, control characters or backslashes")
    if url.startswith("/") and not url.startswith("//"):
        return url
    parts, home = urlsplit(url), urlsplit(site)
    try:
        parts.port  # raises ValueError on a malformed port
    except ValueError:
        raise ReturnNotOnSite("return_url: the port is not a number between 0 and 65535") from None
    if parts.scheme != home.scheme or not parts.hostname or parts.hostname != home.hostname or "@" in parts.netloc:
        raise ReturnNotOnSite(f"return_url: must be a path or an address on {home.scheme}://{home.hostname}")
    return url


class PaymentProvider(Protocol):
    name: str

    async def create_payment(self, *, reference: UUID, amount: Money, description: str) -> Checkout:
        """Idempotent on `reference`: asking twice gives the same payment."""

    def checkout_address(self, checkout_url: str, *, return_url: str) -> str:
        """The provider's page for a payment that sends the buyer back to `return_url` (already on site)."""

    async def refund(self, *, provider_payment_id: str, amount: Money, reference: UUID) -> str:
        """Give the money back, idempotent on `reference`; returns the provider's refund id."""

    def verify_webhook(self, headers: Mapping[str, str], body: bytes) -> PaymentNotice:
        """Authenticate and parse a webhook, or raise InvalidWebhook / BadSignature."""
