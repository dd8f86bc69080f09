"""What the network statistics answer over HTTP."""

from uuid import UUID

from pydantic import BaseModel, Field

from shared.contracts.registry import OrganisationKind, ResourceKind


class CityCounts(BaseModel):
    organisations: int
    experts: int


class ConnectedOrganisation(BaseModel):
    id: UUID
    name: str
    kind: OrganisationKind
    city: str
    country: str
    partnerships: int
    experts: int
    resources: int
    connections: int = Field(description="partnerships + affiliated experts + resources owned: its edges on the map")


class NetworkStatsRead(BaseModel):
    organisations_by_kind: dict[OrganisationKind, int]
    experts: int
    partnerships: int
    resources_by_kind: dict[ResourceKind, int]
    experts_by_skill: dict[str, int] = Field(description="skill slug → experts; a skill counts its sub-skills' too")
    by_city: dict[str, CityCounts] = Field(description="'City, CC' → active organisations and experts there")
    most_connected_organisations: list[ConnectedOrganisation]
