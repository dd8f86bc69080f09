"""What the resources HTTP API reads and writes."""

from datetime import date
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shared.contracts.registry import ResourceKind


class ResourceCreate(BaseModel):
    kind: ResourceKind
    organisation_id: UUID
    title: str = Field(min_length=1, max_length=300)
    description: str | None = Field(None, max_length=5000)
    quantity: int = Field(1, ge=1)
    city: str = Field(min_length=1, max_length=200)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    available_from: date | None = None
    available_until: date | None = None
    conditions: str | None = Field(None, max_length=5000)


class ResourceUpdate(BaseModel):
    """Only the fields sent change; the owning organisation does not."""

    model_config = ConfigDict(extra="forbid")

    kind: ResourceKind | None = None
    title: str | None = Field(None, min_length=1, max_length=300)
    description: str | None = Field(None, max_length=5000)
    quantity: int | None = Field(None, ge=1)
    city: str | None = Field(None, min_length=1, max_length=200)
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    available_from: date | None = None
    available_until: date | None = None
    conditions: str | None = Field(None, max_length=5000)

    @model_validator(mode="after")
    def _required_fields_are_not_nulled(self) -> "ResourceUpdate":
        for name in ("kind", "title", "quantity", "city", "country"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name}: must not be null")
        return self


class ResourceRead(BaseModel):
    id: UUID
    kind: ResourceKind
    organisation_id: UUID
    title: str
    description: str | None
    quantity: int
    city: str
    country: str
    available_from: date | None
    available_until: date | None
    conditions: str | None
    status: str


class CityResources(BaseModel):
    city: str
    country: str
    resources: int
    by_kind: dict[ResourceKind, int]


class CityPoint(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: tuple[float, float] = Field(description="[longitude, latitude]")


class CityFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: CityPoint
    properties: CityResources


class ResourceGeo(BaseModel):
    """Matching resources by city as a GeoJSON FeatureCollection; cities the gazetteer does not know apart."""

    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[CityFeature]
    unlocated: list[CityResources]
