"""Resource rules and events. No I/O."""

from dataclasses import dataclass, field, replace
from datetime import date
from uuid import UUID, uuid4

from services.registry import codes
from shared.contracts.registry import ResourceKind, ResourceListed, ResourceWithdrawn
from shared.envelope import Envelope
from shared.http import Conflict, DomainError


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
        resource.events.append(ResourceListed(
            aggregate_id=resource.id, kind=resource.kind, organisation_id=resource.organisation_id,
            title=resource.title, quantity=resource.quantity, city=resource.city, country=resource.country,
            available_from=resource.available_from, available_until=resource.available_until,
        ))
        return resource

    def withdrawn(self) -> "Resource":
        if self.status == "withdrawn":
            raise Conflict(f"resource {self.id} is already withdrawn")
        gone = replace(self, status="withdrawn", events=[])
        gone.events.append(ResourceWithdrawn(aggregate_id=self.id, organisation_id=self.organisation_id))
        return gone
