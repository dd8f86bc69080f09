"""Partnership rules: who may be a member, in which role, for which period. No I/O.

An organisation becomes a member only with its own consent: one invited by another organisation's admin
is pending (`pending`) until one of its admins accepts. Pending organisations are no members anywhere, so
the events other services learn membership from list members only.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from uuid import UUID, uuid4

from shared.contracts.registry import (
    MemberRole,
    PartnershipFormed,
    PartnershipMember,
    PartnershipMemberAdded,
    PartnershipMemberRemoved,
)
from shared.envelope import Envelope
from shared.errors import Conflict, DomainError, NotFound


@dataclass
class Partnership:
    """Members and pending organisations together: each organisation once, exactly one lead, a member."""

    name: str
    members: tuple[PartnershipMember, ...]
    programme: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    pending: tuple[PartnershipMember, ...] = ()
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        organisations = [m.organisation_id for m in (*self.members, *self.pending)]
        if len(set(organisations)) != len(organisations):
            raise DomainError("members: an organisation can be a member only once")
        leads = [m for m in (*self.members, *self.pending) if m.role == MemberRole.LEAD]
        if len(leads) != 1:
            raise DomainError(f"members: a partnership needs exactly one lead, got {len(leads)}")
        if leads[0] not in self.members:
            raise DomainError("members: the lead organisation is a member from the start, never pending")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise DomainError("period_end: must not be before period_start")

    @classmethod
    def form(cls, *, name: str, programme: str | None, members: tuple[PartnershipMember, ...],
             period_start: date | None = None, period_end: date | None = None,
             pending: tuple[PartnershipMember, ...] = (), id: UUID | None = None) -> "Partnership":
        """`id` is for imports that keep the ids of another registry's export; a new one otherwise."""
        partnership = cls(name=name, programme=programme, members=members, period_start=period_start,
                          period_end=period_end, pending=pending, id=id or uuid4())
        partnership._needs_two_organisations()
        partnership.events.append(PartnershipFormed(
            aggregate_id=partnership.id, name=name, programme=programme, members=members,
            period_start=period_start, period_end=period_end,
        ))
        return partnership

    def with_member(self, organisation_id: UUID, role: MemberRole, *, consented: bool) -> "Partnership":
        """`consented`: the organisation's own admin (or an operator) adds it; otherwise it is invited."""
        if self._find(organisation_id) is not None:
            raise Conflict(f"organisation_id: organisation {organisation_id} is already a member of partnership"
                           f" {self.id} or invited to it")
        joining = PartnershipMember(organisation_id=organisation_id, role=role)
        if not consented:
            return replace(self, pending=(*self.pending, joining), events=[])
        return self._joined(replace(self, members=(*self.members, joining), events=[]), joining)

    def accepted_by(self, organisation_id: UUID) -> "Partnership":
        """The invited organisation's admin agrees: it becomes a member."""
        invited = next((m for m in self.pending if m.organisation_id == organisation_id), None)
        if invited is None:
            if any(m.organisation_id == organisation_id for m in self.members):
                raise Conflict(f"organisation {organisation_id} is already a member of partnership {self.id}")
            raise NotFound(f"organisation {organisation_id} has no pending invitation to partnership {self.id}")
        return self._joined(replace(self, members=(*self.members, invited), events=[],
                                    pending=tuple(m for m in self.pending if m != invited)), invited)

    def without_member(self, organisation_id: UUID) -> "Partnership":
        """A member leaves, or an invitation is withdrawn or declined (which nobody outside ever learned of)."""
        if any(m.organisation_id == organisation_id for m in self.pending):
            return replace(self, pending=tuple(m for m in self.pending if m.organisation_id != organisation_id),
                           events=[])
        if not any(m.organisation_id == organisation_id for m in self.members):
            raise NotFound(f"organisation {organisation_id} is not a member of partnership {self.id}")
        left = replace(self, members=tuple(m for m in self.members if m.organisation_id != organisation_id), events=[])
        left._needs_two_organisations()
        left.events.append(PartnershipMemberRemoved(aggregate_id=self.id, organisation_id=organisation_id,
                                                    members=left.members))
        return left

    def _find(self, organisation_id: UUID) -> PartnershipMember | None:
        return next((m for m in (*self.members, *self.pending) if m.organisation_id == organisation_id), None)

    def _needs_two_organisations(self) -> None:
        if len(self.members) + len(self.pending) < 2:
            raise DomainError("members: a partnership needs members from at least two organisations")

    def _joined(self, changed: "Partnership", joining: PartnershipMember) -> "Partnership":
        changed.events.append(PartnershipMemberAdded(aggregate_id=self.id, organisation_id=joining.organisation_id,
                                                     role=joining.role, members=changed.members))
        return changed
