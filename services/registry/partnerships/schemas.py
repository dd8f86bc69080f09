"""What the partnerships HTTP API reads and writes."""

from datetime import date, datetime
from uuid import UUID

from pydantic import BaseModel, Field

from shared.contracts.registry import MemberRole


class MemberIn(BaseModel):
    organisation_id: UUID
    role: MemberRole


class PartnershipCreate(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    programme: str | None = Field(None, max_length=200)
    members: list[MemberIn] = Field(min_length=1)
    period_start: date | None = None
    period_end: date | None = None


class PartnershipRead(BaseModel):
    id: UUID
    name: str
    programme: str | None
    status: str
    members: list[MemberIn]
    period_start: date | None = None
    period_end: date | None = None
    created_at: datetime
