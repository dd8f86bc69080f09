"""Rules of one-time account links: a token e-mailed to a person, kept here only as its digest, good once and
for a while; and how many a person may be sent, so nobody can flood an inbox through the registry."""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from shared.errors import DomainError, NotFound

Purpose = Literal["verify_email", "reset_password"]


def new_link_token() -> str:
    return secrets.token_urlsafe(32)


class LinkSpent(DomainError):
    """The link was good once: it has been used, or its time is over."""

    status = 410


def check_usable(link: dict | None, *, now: datetime, what: str) -> None:
    if link is None:
        raise NotFound(f"this {what} link is not known: ask for a new one", code="link_unknown")
    if link["used_at"] is not None:
        raise LinkSpent(f"this {what} link has been used already", code="link_used")
    if link["expires_at"] <= now:
        raise LinkSpent(f"this {what} link has expired: ask for a new one", code="link_expired")


@dataclass(frozen=True)
class LinkLimits:
    """How long links live, and at most how many of one purpose one account is sent per hour."""

    verification: timedelta
    password_reset: timedelta
    per_hour: int = 3

    @classmethod
    def of(cls, settings) -> "LinkLimits":
        """From the registry's settings (`REGISTRY_VERIFICATION_LINK_HOURS`, ...)."""
        return cls(verification=settings.verification_link_ttl, password_reset=settings.password_reset_link_ttl,
                   per_hour=settings.account_links_per_hour)

    def lifetime(self, purpose: Purpose) -> timedelta:
        return self.verification if purpose == "verify_email" else self.password_reset
