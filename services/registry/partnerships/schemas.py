"""What the partnerships HTTP API reads and writes."""

from datetime import date, datetime
from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, Field

from shared.contracts.registry import MemberRole
from shared.values import Day


class MemberIn(BaseModel):
    organisation_id: UUID
    role: MemberRole


class MemberStatus(StrEnum):
    ACTIVE = "active"
    PENDING = "pending"  # invited; a member once one of its own admins accepts


class PartnershipMemberRead(MemberIn):
    status: MemberStatus


class PartnershipCreate(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    programme: str | None = Field(None, max_length=200)
    members: list[MemberIn] = Field(min_length=1, description="Organisations from two at least, each once, exactly"
                                                              " one of them the lead (administered by the caller)")
    period_start: Day | None = None
    period_end: Day | None = Field(None, description="not before period_start")


class PartnershipRead(BaseModel):
    id: UUID
    name: str
    programme: str | None
    status: Literal["active", "ended"]
    members: list[PartnershipMemberRead] = Field(
        description="The member organisations: each joined at once or has accepted.")
    pending_members: list[PartnershipMemberRead] = Field(
        default_factory=list, description="Organisations invited that have not accepted: shown only to admins of"
                                          " its members and of the invited organisations, and to operators.")
    period_start: date | None = None
    period_end: date | None = None
    created_at: datetime
