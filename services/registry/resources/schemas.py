"""What the resources HTTP API reads and writes."""

from datetime import date
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shared.contracts.registry import ResourceKind
from services.registry.experts.fields import AnyCaseCountry, without_null
from shared.values import Day

MAX_QUANTITY = 2**31 - 1  # the column is a PostgreSQL integer


class ResourceCreate(BaseModel):
    kind: ResourceKind
    organisation_id: UUID
    title: str = Field(min_length=1, max_length=300)
    description: str | None = Field(None, max_length=5000)
    quantity: int = Field(1, ge=1, le=MAX_QUANTITY)
    city: str = Field(min_length=1, max_length=200)
    country: AnyCaseCountry = Field(description="ISO 3166-1 alpha-2, read in any case")
    available_from: Day | None = None
    available_until: Day | None = Field(None, description="not before available_from")
    conditions: str | None = Field(None, max_length=5000)


class ResourceUpdate(BaseModel):
    """Only the fields sent change; the owning organisation does not."""

    model_config = ConfigDict(extra="forbid")

    kind: ResourceKind | None = Field(None, json_schema_extra=without_null)
    title: str | None = Field(None, min_length=1, max_length=300, json_schema_extra=without_null)
    description: str | None = Field(None, max_length=5000)
    quantity: int | None = Field(None, ge=1, le=MAX_QUANTITY, json_schema_extra=without_null)
    city: str | None = Field(None, min_length=1, max_length=200, json_schema_extra=without_null)
    country: AnyCaseCountry | None = Field(None, description="ISO 3166-1 alpha-2, read in any case",
                                           json_schema_extra=without_null)
    available_from: Day | None = None
    available_until: Day | None = Field(None, description="not before available_from")
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
    status: Literal["listed", "withdrawn"]


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
