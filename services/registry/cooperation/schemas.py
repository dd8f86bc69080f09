"""What the cooperation HTTP API reads and writes."""

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, Field

from shared.values import Day, Timestamp

Status = Literal["pending", "accepted", "declined", "withdrawn", "expired"]


class CooperationCreate(BaseModel):
    requesting_partnership_id: UUID
    requested_partnership_id: UUID
    expert_id: UUID | None = Field(None, description="exactly one of expert_id and resource_id")
    resource_id: UUID | None = None
    purpose: Literal["project", "event"]
    event_id: UUID | None = Field(None, description="the events service's event, when the purpose is an event")
    starts_on: Day = Field(description="in the future")
    ends_on: Day = Field(description="not before starts_on")
    message: str | None = Field(None, max_length=5000)
    respond_by: Timestamp | None = Field(None, description="in the future and no later than the start date, which"
                                                           " it defaults to")


class CooperationAnswer(BaseModel):
    outcome: Literal["accepted", "declined", "withdrawn"]


class CooperationRead(BaseModel):
    id: UUID
    requesting_partnership_id: UUID
    requested_partnership_id: UUID
    purpose: Literal["project", "event"]
    expert_id: UUID | None
    resource_id: UUID | None
    event_id: UUID | None
    starts_on: date
    ends_on: date
    message: str | None
    requested_by: UUID
    expires_at: datetime
    status: Status
    answered_by: UUID | None
    answered_at: datetime | None
