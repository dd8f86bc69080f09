"""What part of the network the graph and the geographic view show: the expert search's filters, read for a map.

Facets about places and organisation kinds apply to organisations, resources and experts alike; facets only an
expert has (words, skills, languages, roles) pick experts, and then the organisations those experts belong to.
"""

from dataclasses import dataclass
from uuid import UUID

from services.registry.search.query import ExpertQuery


@dataclass(frozen=True)
class Scope:
    network_id: UUID | None = None
    q: str | None = None
    skill: tuple[str, ...] = ()
    city: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    role: tuple[str, ...] = ()
    organisation_kind: tuple[str, ...] = ()

    @property
    def picks_experts(self) -> bool:
        """A facet only experts have is set: organisations are those of the matching experts."""
        return bool(self.q or self.skill or self.language or self.role)

    @property
    def cities(self) -> list[str] | None:
        """None for any city."""
        return list(self.city) or None

    @property
    def countries(self) -> list[str] | None:
        return list(self.country) or None

    @property
    def kinds(self) -> list[str] | None:
        return list(self.organisation_kind) or None

    def experts(self, organisation_ids: list[UUID] | None, limit: int) -> ExpertQuery:
        """The same query the expert search runs, within the network's organisations."""
        filters = {"skill": self.skill, "city": self.city, "country": self.country, "language": self.language,
                   "role": self.role, "organisation_kind": self.organisation_kind}
        # No member organisation in the network: an id that matches nothing, not "no restriction".
        within = tuple(organisation_ids or [UUID(int=0)]) if organisation_ids is not None else ()
        return ExpertQuery(q=self.q, filters=filters, organisation_ids=within, limit=limit)
