"""The ways a notification leaves sparknet; each turns a claimed delivery into an Outcome."""

from typing import Protocol

from services.notifications.domain.deliveries import Claim, Outcome


class Sender(Protocol):
    async def send(self, claim: Claim) -> Outcome: ...
