"""Invitations' rules: an admin invites an address with a role; the link's holder accepts as that address."""

from datetime import datetime
from typing import Literal

from shared.errors import Forbidden, NotFound
from services.registry.accounts.domain import LinkSpent

InvitationStatus = Literal["open", "accepted", "withdrawn", "expired"]


def status_of(invitation: dict, now: datetime) -> InvitationStatus:
    if invitation["accepted_at"] is not None:
        return "accepted"
    if invitation["withdrawn_at"] is not None:
        return "withdrawn"
    return "expired" if invitation["expires_at"] <= now else "open"


def check_open(invitation: dict | None, *, token_hash: str, now: datetime) -> None:
    """Refused alike for an unknown invitation and a wrong token: the token is what proves the e-mail arrived."""
    if invitation is None or invitation["token_hash"] != token_hash:
        raise NotFound("this invitation is not known: ask its sender for a new one", code="link_unknown")
    status = status_of(invitation, now)
    if status != "open":
        raise LinkSpent(f"this invitation has been {status}" if status != "expired" else "this invitation has expired",
                        code={"accepted": "link_used", "withdrawn": "invitation_withdrawn"}.get(status, "link_expired"))


def check_addressed_to(invitation: dict, email: str) -> None:
    if invitation["email"].casefold() != email.casefold():
        raise Forbidden(f"this invitation is for {invitation['email']}: sign in as that address to accept it")
