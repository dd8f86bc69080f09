"""What the expert search answers over HTTP."""

from uuid import UUID

from pydantic import BaseModel, Field

from services.registry.experts.schemas import ExpertRead
from shared.contracts.registry import ExpertRole, OrganisationKind

Counts = dict[str, int]


class ExpertFacets(BaseModel):
    """Value → experts matching the search. A facet's own filter is left out of its counts, so each count says
    how many choosing that value (too) would find; the other filters, the text and the scope all apply."""

    skill: Counts = Field(description="skill slug → experts; a skill counts the experts of its sub-skills too")
    city: Counts
    country: Counts = Field(description="ISO 3166-1 alpha-2 code → experts")
    language: Counts = Field(description="ISO 639-1 code → experts")
    role: dict[ExpertRole, int]
    organisation_kind: dict[OrganisationKind, int]


class OrganisationBrief(BaseModel):
    id: UUID
    name: str
    names: dict[str, str] = Field(description="the name in other languages, by ISO 639-1 code")
    kind: OrganisationKind
    city: str
    country: str


class ExpertSearchRead(BaseModel):
    items: list[ExpertRead] = Field(description="profiles as the caller may see them: hidden fields are absent")
    total: int = Field(description="experts matching the whole search")
    facets: ExpertFacets
    organisations: list[OrganisationBrief] = Field(description="the active organisations of the experts listed")
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last page")
