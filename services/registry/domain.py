"""Registry rules: what makes an organisation and a partnership valid. No I/O."""

from dataclasses import dataclass, field
from uuid import UUID, uuid4

from shared.contracts.registry import (
    MemberRole,
    OrganisationKind,
    OrganisationRegistered,
    PartnershipFormed,
    PartnershipMember,
)
from shared.envelope import Envelope
from shared.http import DomainError


@dataclass
class Organisation:
    name: str
    kind: OrganisationKind
    country: str
    city: str
    website: str | None = None
    description: str | None = None
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False)

    @classmethod
    def register(cls, **fields) -> "Organisation":
        organisation = cls(**fields)
        organisation.events.append(
            OrganisationRegistered(
                aggregate_id=organisation.id,
                name=organisation.name,
                kind=organisation.kind,
                country=organisation.country,
                city=organisation.city,
            )
        )
        return organisation


@dataclass
class Partnership:
    name: str
    members: tuple[PartnershipMember, ...]
    programme: str | None = None
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False)

    @classmethod
    def form(cls, *, name: str, programme: str | None, members: tuple[PartnershipMember, ...]) -> "Partnership":
        """An active partnership has members from at least two organisations and one lead."""
        organisations = [m.organisation_id for m in members]
        if len(set(organisations)) != len(organisations):
            raise DomainError("members: an organisation can be a member only once")
        if len(organisations) < 2:
            raise DomainError("members: a partnership needs members from at least two organisations")
        leads = [m for m in members if m.role == MemberRole.LEAD]
        if len(leads) != 1:
            raise DomainError(f"members: a partnership needs exactly one lead, got {len(leads)}")
        partnership = cls(name=name, programme=programme, members=members)
        partnership.events.append(
            PartnershipFormed(
                aggregate_id=partnership.id, name=name, programme=programme, members=members
            )
        )
        return partnership
