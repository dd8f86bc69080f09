"""Who may manage which subscriptions and read which feeds. No I/O.

Organisations act through their admins; experts and users through their own tokens;
attendees through the links in their emails; an anonymous endpoint through its secret.
Operators may do everything.
"""

import hmac
from collections.abc import Sequence
from uuid import UUID

from services.notifications.subscriptions.domain import Owner
from shared.auth import Principal
from shared.errors import Forbidden, Unauthorized


def require_credentials(principal: Principal | None, presented_secret: str | None) -> None:
    """Who sends neither a token nor a secret is told so first, before anything is looked up for them."""
    if principal is None and not presented_secret:
        raise Unauthorized("authentication required: send 'Authorization: Bearer <token>'"
                           " or the subscription's Subscription-Secret header")


def may_manage(principal: Principal | None, owner: Owner, *, presented_secret: str | None,
               secrets: Sequence[str | None] = (), expert_organisations: Sequence[UUID] = ()) -> None:
    """Raise unless the caller may read, change or delete what `owner` owns."""
    if principal is not None and principal.operator:
        return
    if owner.kind == "external" and presented_secret:
        if any(opens(presented_secret, s) for s in secrets):
            return
        raise Forbidden("Subscription-Secret does not match this subscription")
    if principal is None:
        hint = " or its Subscription-Secret header" if owner.kind == "external" else ""
        raise Unauthorized(f"authentication required: send 'Authorization: Bearer <token>'{hint}")
    if not owns(principal, owner, expert_organisations):
        raise Forbidden(f"this belongs to {describe(owner)}; you may not manage it")


def opens(presented_secret: str | None, secret: str | None) -> bool:
    """Whether a presented secret is this one. As bytes: a header may hold any Latin-1 text, not only ASCII."""
    return bool(presented_secret and secret) and hmac.compare_digest(presented_secret.encode(), secret.encode())


def owns(principal: Principal, owner: Owner, expert_organisations: Sequence[UUID] = ()) -> bool:
    if principal.operator:
        return True
    if owner.kind == "organisation":
        return principal.is_admin_of(UUID(owner.id))
    if owner.kind == "expert":  # the expert themselves, or an admin of one of their organisations
        return principal.subject == owner.id or any(principal.is_admin_of(o) for o in expert_organisations)
    if owner.kind == "user":
        return principal.subject == owner.id
    if owner.kind == "attendee":
        return principal.email is not None and principal.email.casefold() == owner.id
    return False


def describe(owner: Owner) -> str:
    return f"{owner.kind} {owner.id}" if owner.id else f"an {owner.kind} endpoint"
