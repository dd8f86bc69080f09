"""Who may do what to an event, from the caller's token and the registry's partnerships. No I/O.

Admins of an organisation that is a member of a co-organising partnership edit the
event; admins of the lead partnership's members draft, reschedule and cancel it; each
co-organiser's admins give its consent; operators may do anything. Drafts (and events
cancelled before publication) are seen by members of the co-organising organisations only.
"""

from collections.abc import Mapping, Set
from uuid import UUID

from services.events.domain import Event
from shared.auth import Forbidden, Principal
from shared.contracts.events import Organiser

Members = Mapping[UUID, Set[UUID]]  # partnership id → its member organisations


def _admin_for(principal: Principal, partnership_ids: list[UUID], members: Members) -> bool:
    return principal.operator or any(
        principal.is_admin_of(o) for p in partnership_ids for o in members.get(p, ())
    )


def require_lead_admin(principal: Principal, organisers: tuple[Organiser, ...], members: Members, action: str) -> None:
    lead = next((o.partnership_id for o in organisers if o.lead), None)
    if lead is None or not _admin_for(principal, [lead], members):
        raise Forbidden(f"{action} needs an admin of a member of the lead partnership {lead}, or an operator")


def require_editor(principal: Principal, event: Event, members: Members, action: str = "editing the event") -> None:
    ids = [o.partnership_id for o in event.organisers]
    if not _admin_for(principal, ids, members):
        raise Forbidden(f"{action} needs an admin of a member of a co-organising partnership, or an operator")


def require_partner_admin(principal: Principal, partnership_id: UUID, members: Members) -> None:
    if not _admin_for(principal, [partnership_id], members):
        raise Forbidden(f"consenting for partnership {partnership_id} needs an admin of one of its members")


def is_insider(principal: Principal | None, event: Event, members: Members) -> bool:
    """A member of a co-organising organisation (or an operator): sees drafts and hidden ticket types."""
    if principal is None:
        return False
    return principal.operator or any(
        principal.is_member_of(o) for org in event.organisers for o in members.get(org.partnership_id, ())
    )


def may_read(principal: Principal | None, event: Event, members: Members) -> bool:
    """Once published, an event is public for good (cancelled or completed too); a draft is not."""
    return event.published_at is not None or is_insider(principal, event, members)
