"""Who may do what to an event, from the caller's token and the registry's projection. No I/O.

An organiser is a partnership or an organisation. Admins of a co-organising organisation,
or of a member of a co-organising partnership, edit the event; the lead's admins (those of
the lead organisation, or of the lead partnership's members) draft, reschedule and cancel
it; each co-organiser's admins give its consent; operators may do anything. Drafts (and
events cancelled before publication) are seen by members of those organisations only.
"""

from collections.abc import Mapping, Set
from uuid import UUID

from services.events.event.domain import Event
from shared.auth import Principal
from shared.errors import Forbidden
from shared.contracts.events import Organiser

# Organiser id → the organisations whose admins act for it: a partnership's members, or the organisation itself.
Members = Mapping[UUID, Set[UUID]]


def _admin_for(principal: Principal, organiser_ids: list[UUID], members: Members) -> bool:
    return principal.operator or any(
        principal.is_admin_of(o) for p in organiser_ids for o in members.get(p, ())
    )


def _whose_admins(organiser: Organiser | None, role: str) -> str:
    if organiser is not None and organiser.kind == "organisation":
        return f"an admin of the {role} organisation {organiser.organisation_id}"
    return f"an admin of a member of the {role} partnership {organiser and organiser.partnership_id}"


def require_lead_admin(principal: Principal, organisers: tuple[Organiser, ...], members: Members, action: str) -> None:
    lead = next((o for o in organisers if o.lead), None)
    if lead is None or not _admin_for(principal, [lead.organiser_id], members):
        raise Forbidden(f"{action} needs {_whose_admins(lead, 'lead')}, or an operator")


def require_editor(principal: Principal, event: Event, members: Members, action: str = "editing the event") -> None:
    ids = [o.organiser_id for o in event.organisers]
    if not _admin_for(principal, ids, members):
        raise Forbidden(f"{action} needs an admin of a co-organising organisation or of a member of a"
                        f" co-organising partnership, or an operator")


def require_consenter(principal: Principal, kind: str, organiser_id: UUID, members: Members) -> None:
    """A partnership consents through an admin of one of its members; an organisation through its own admins."""
    if not _admin_for(principal, [organiser_id], members):
        if kind == "organisation":
            raise Forbidden(f"consenting for organisation {organiser_id} needs one of its admins")
        raise Forbidden(f"consenting for partnership {organiser_id} needs an admin of one of its members")


def is_insider(principal: Principal | None, event: Event, members: Members) -> bool:
    """A member of a co-organising organisation (or an operator): sees drafts and hidden ticket types."""
    if principal is None:
        return False
    return principal.operator or any(
        principal.is_member_of(o) for org in event.organisers for o in members.get(org.organiser_id, ())
    )


def may_read(principal: Principal | None, event: Event, members: Members) -> bool:
    """Once published, an event is public for good (cancelled or completed too); a draft is not."""
    return event.published_at is not None or is_insider(principal, event, members)
