"""Browser sessions' rules: refresh tokens used once each, sessions that end as a whole, and sign-in throttling."""

import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from shared.errors import DomainError, Unauthorized

COOKIE = "sparknet_refresh"
# What every way of signing in may refuse with, for the document.
SIGN_IN_REFUSALS = {
    "status_401": "Wrong e-mail or password, or the user has been disabled",
    "status_403": "The address is not confirmed yet (`email_unverified`): follow the e-mailed link first",
    "status_429": "Too many failed sign-ins for the account or from the address: wait `Retry-After` seconds",
}


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


class SessionEnded(Unauthorized):
    """The refresh token opens nothing (any more): the browser signs in again."""

    def __init__(self, message: str, *, code: str = "session_ended") -> None:
        super().__init__(message, code=code)


class TooManySignIns(DomainError):
    status = 429

    def __init__(self, message: str, *, retry_after: timedelta) -> None:
        super().__init__(message, code="sign_in_throttled")
        self.headers = {"Retry-After": str(max(1, math.ceil(retry_after.total_seconds())))}


@dataclass(frozen=True)
class Throttle:
    """At most `per_account` failed sign-ins to one account, and `per_address` from one address, per `window`."""

    per_account: int
    per_address: int
    window: timedelta

    @classmethod
    def of(cls, settings) -> "Throttle":
        """From the registry's settings (`REGISTRY_SIGN_IN_ATTEMPTS_PER_ACCOUNT`, ...)."""
        return cls(settings.sign_in_attempts_per_account, settings.sign_in_attempts_per_address,
                   settings.sign_in_window)

    def check(self, *, account_failures: list[datetime], address_failures: list[datetime], now: datetime) -> None:
        """Each list: the failures inside the window, oldest first."""
        for failures, limit, whose in ((account_failures, self.per_account, "this account"),
                                       (address_failures, self.per_address, "this address")):
            if len(failures) >= limit:
                # Free again when enough of the oldest failures have left the window.
                retry_after = failures[len(failures) - limit] + self.window - now
                raise TooManySignIns(f"too many failed sign-ins for {whose}: try again in"
                                     f" {max(1, math.ceil(retry_after.total_seconds() / 60))} minute(s)",
                                     retry_after=retry_after)
