"""Resource rules and events. No I/O."""

from dataclasses import dataclass, field, replace
from datetime import date
from uuid import UUID, uuid4

from services.registry.organisations import codes
from shared.contracts.registry import ResourceKind, ResourceListed, ResourceWithdrawn
from shared.envelope import Envelope
from shared.errors import Conflict, DomainError

# What the owner may change; the owner itself never changes (withdraw and list anew).
EDITABLE = ("kind", "title", "description", "quantity", "city", "country", "available_from", "available_until",
            "conditions")


@dataclass(frozen=True)
class ResourceQuery:
    """What someone looks for. With `available_on` only resources available that day; with `available_to` as
    well, available every day of that window. An open start or end of a resource's availability is no limit."""

    q: str | None = None
    kind: ResourceKind | None = None
    city: str | None = None
    organisation_id: UUID | None = None
    available_on: date | None = None
    available_to: date | None = None

    def __post_init__(self) -> None:
        if self.available_to and not self.available_on:
            raise DomainError("available_to: needs available_on, the first day of the window")
        if self.available_to and self.available_on and self.available_to < self.available_on:
            raise DomainError("available_to: must not be before available_on")

    @property
    def needed_until(self) -> date | None:
        """The last day the resource must be available on."""
        return self.available_to or self.available_on


@dataclass
class Resource:
    kind: ResourceKind
    organisation_id: UUID
    title: str
    quantity: int
    city: str
    country: str
    description: str | None = None
    available_from: date | None = None
    available_until: date | None = None
    conditions: str | None = None
    status: str = "listed"
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.country = codes.country(self.country)
        if self.quantity < 1:
            raise DomainError("quantity: must be at least 1")
        if self.available_from and self.available_until and self.available_until < self.available_from:
            raise DomainError("available_until: must not be before available_from")

    @classmethod
    def offer(cls, **fields) -> "Resource":
        resource = cls(**fields)
        resource.events.append(resource._listed())
        return resource

    def _listed(self) -> ResourceListed:
        return ResourceListed(
            aggregate_id=self.id, kind=self.kind, organisation_id=self.organisation_id, title=self.title,
            quantity=self.quantity, city=self.city, country=self.country, available_from=self.available_from,
            available_until=self.available_until,
        )

    def changed(self, **changes) -> "Resource":
        """A copy with `changes` checked like a new listing; ResourceListed re-sent if anything changed."""
        if self.status == "withdrawn":
            raise Conflict(f"resource {self.id} is withdrawn: list a new one instead")
        if unknown := sorted(set(changes) - set(EDITABLE)):
            raise DomainError(f"{unknown[0]}: cannot be changed")
        updated = replace(self, **changes, events=[])
        if updated != self:
            updated.events.append(updated._listed())
        return updated

    def withdrawn(self) -> "Resource":
        if self.status == "withdrawn":
            raise Conflict(f"resource {self.id} is already withdrawn")
        gone = replace(self, status="withdrawn", events=[])
        gone.events.append(ResourceWithdrawn(aggregate_id=self.id, organisation_id=self.organisation_id))
        return gone
