"""What the map answers over HTTP: the graph, the cities as GeoJSON, and who is in one city."""

from typing import Literal
from uuid import UUID

from pydantic import BaseModel

from shared.contracts.registry import MemberRole, OrganisationKind, ResourceKind

NodeKind = Literal["network", "partnership", "organisation", "expert", "resource"]
EdgeKind = Literal["network_membership", "membership", "affiliation", "ownership", "cooperation", "joint_event"]


class GraphNode(BaseModel):
    id: UUID
    kind: NodeKind
    label: str
    city: str | None = None  # null when hidden from the caller, or for networks and partnerships
    country: str | None = None
    programme: str | None = None  # partnerships
    status: Literal["active", "ended"] | None = None  # partnerships
    organisation_kind: OrganisationKind | None = None  # organisations
    skills: list[str] | None = None  # experts: the skill slugs with their ancestors
    resource_kind: ResourceKind | None = None  # resources, with their owner
    organisation_id: UUID | None = None


class GraphEdge(BaseModel):
    kind: EdgeKind
    source: UUID
    target: UUID
    role: MemberRole | None = None  # membership
    request_id: UUID | None = None  # cooperation
    expert_id: UUID | None = None
    resource_id: UUID | None = None
    event_id: UUID | None = None  # joint events
    title: str | None = None


class GraphRead(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool  # more experts are in scope than `max_experts`: only the first by name are nodes
    experts_in_scope: int


class MapCityCounts(BaseModel):
    city: str
    country: str
    organisations: int
    experts: int


class MapPoint(BaseModel):
    type: Literal["Point"]
    coordinates: list[float]  # [longitude, latitude]


class MapCityFeature(BaseModel):
    type: Literal["Feature"]
    geometry: MapPoint
    properties: MapCityCounts


class MapGeoRead(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[MapCityFeature]
    unlocated: list[MapCityCounts]  # cities the offline gazetteer does not know


class MapOrganisation(BaseModel):
    id: UUID
    name: str
    kind: OrganisationKind


class MapExpert(BaseModel):
    id: UUID
    name: str


class MapCityRead(BaseModel):
    city: str
    country: str
    organisations: list[MapOrganisation]  # by name, the first 50
    organisations_total: int
    experts: list[MapExpert]
    experts_total: int
