"""Organisation rules: what makes one valid, what changes record, who sees its contact details. No I/O."""

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from uuid import UUID, uuid4

from services.registry.organisations import codes
from shared.auth import Principal
from shared.contracts.registry import OrganisationKind, OrganisationRegistered, OrganisationStatus, OrganisationUpdated
from shared.envelope import Envelope
from shared.errors import DomainError

# What an organisation's admin may change; `status` is the operators' (suspension).
EDITABLE = ("name", "names", "country", "city", "website", "description", "sectors", "contact_email")


@dataclass
class Organisation:
    name: str
    kind: OrganisationKind
    country: str
    city: str
    website: str | None = None
    description: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    sectors: tuple[str, ...] = ()
    contact_email: str | None = None
    status: OrganisationStatus = OrganisationStatus.ACTIVE
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.country = codes.country(self.country)
        self.names = {codes.language(lang, f"names.{lang}"): name for lang, name in self.names.items()}
        self.sectors = tuple(dict.fromkeys(codes.slug(s, f"sectors[{i}]") for i, s in enumerate(self.sectors)))

    @classmethod
    def register(cls, **fields) -> "Organisation":
        organisation = cls(**fields)
        organisation.events.append(OrganisationRegistered(
            aggregate_id=organisation.id, name=organisation.name, kind=organisation.kind,
            country=organisation.country, city=organisation.city, names=organisation.names,
            website=organisation.website, sectors=organisation.sectors,
        ))
        return organisation

    def changed(self, **changes) -> "Organisation":
        """A copy with `changes` applied and OrganisationUpdated recorded; nothing if nothing changed."""
        unknown = set(changes) - set(EDITABLE) - {"status"}
        if unknown:
            raise DomainError(f"{sorted(unknown)[0]}: cannot be changed")
        updated = replace(self, **changes, events=[])
        if all(getattr(updated, f.name) == getattr(self, f.name) for f in fields(self) if f.name != "events"):
            return updated
        updated.events.append(OrganisationUpdated(
            aggregate_id=updated.id, name=updated.name, kind=updated.kind, country=updated.country,
            city=updated.city, status=updated.status, names=updated.names, website=updated.website,
            sectors=updated.sectors,
        ))
        return updated


def name_taken(existing: Mapping) -> str:
    """Why a name cannot be had: the organisation that has it already (names are unique per country and city)."""
    return (f"organisation {existing['id']} is already named {existing['name']!r} in {existing['city']},"
            f" {existing['country'].strip()}: names are unique per country and city, ignoring case, accents,"
            " spacing and punctuation")


def sees_contacts(caller: Principal | None) -> bool:
    """Contact details are for network members (anyone in an organisation) and operators."""
    return caller is not None and (caller.operator or bool(caller.organisations))


def visible_to(row: dict, caller: Principal | None) -> dict:
    """A stored organisation as `caller` may see it."""
    contact_email = row["contact_email"] if sees_contacts(caller) else None
    return {**row, "country": row["country"].strip(), "contact_email": contact_email}
