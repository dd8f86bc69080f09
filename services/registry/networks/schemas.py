"""What the networks HTTP API reads and writes."""

from datetime import date
from uuid import UUID

from pydantic import BaseModel, Field

from shared.values import Day


class NetworkCreate(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    description: str | None = Field(None, max_length=5000)
    partnership_ids: list[UUID] = Field(default_factory=list)


class NetworkJoin(BaseModel):
    partnership_id: UUID


class ChampionCreate(BaseModel):
    partnership_id: UUID
    period_start: Day
    period_end: Day = Field(description="not before period_start")


class ChampionRead(BaseModel):
    partnership_id: UUID
    period_start: date
    period_end: date


class NetworkRead(BaseModel):
    id: UUID
    name: str
    description: str | None
    partnership_ids: list[UUID]
    champions: list[ChampionRead]
