"""Partnership rules: who may be a member, in which role, for which period. No I/O."""

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
    """An active partnership has members from at least two organisations and exactly one lead."""

    name: str
    members: tuple[PartnershipMember, ...]
    programme: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        organisations = [m.organisation_id for m in self.members]
        if len(set(organisations)) != len(organisations):
            raise DomainError("members: an organisation can be a member only once")
        if len(organisations) < 2:
            raise DomainError("members: a partnership needs members from at least two organisations")
        leads = [m for m in self.members if m.role == MemberRole.LEAD]
        if len(leads) != 1:
            raise DomainError(f"members: a partnership needs exactly one lead, got {len(leads)}")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise DomainError("period_end: must not be before period_start")

    @classmethod
    def form(cls, *, name: str, programme: str | None, members: tuple[PartnershipMember, ...],
             period_start: date | None = None, period_end: date | None = None,
             id: UUID | None = None) -> "Partnership":
        """`id` is for imports that keep the ids of another registry's export; a new one otherwise."""
        partnership = cls(name=name, programme=programme, members=members, period_start=period_start,
                          period_end=period_end, id=id or uuid4())
        partnership.events.append(PartnershipFormed(
            aggregate_id=partnership.id, name=name, programme=programme, members=members,
            period_start=period_start, period_end=period_end,
        ))
        return partnership

    def with_member(self, organisation_id: UUID, role: MemberRole) -> "Partnership":
        if any(m.organisation_id == organisation_id for m in self.members):
            raise Conflict(f"organisation_id: organisation {organisation_id} is already a member of partnership {self.id}")
        added = replace(self, members=(*self.members, PartnershipMember(organisation_id=organisation_id, role=role)),
                        events=[])
        added.events.append(PartnershipMemberAdded(aggregate_id=self.id, organisation_id=organisation_id, role=role,
                                                   members=added.members))
        return added

    def without_member(self, organisation_id: UUID) -> "Partnership":
        if not any(m.organisation_id == organisation_id for m in self.members):
            raise NotFound(f"organisation {organisation_id} is not a member of partnership {self.id}")
        left = replace(self, members=tuple(m for m in self.members if m.organisation_id != organisation_id), events=[])
        left.events.append(PartnershipMemberRemoved(aggregate_id=self.id, organisation_id=organisation_id,
                                                    members=left.members))
        return left
