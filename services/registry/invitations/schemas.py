"""HTTP models of invitations."""

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from services.registry.identity.schemas import EmailLanguage, NewPassword
from services.registry.invitations.domain import InvitationStatus
from shared.values import Email


class InvitationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: Email
    role: Literal["admin", "member"] = "member"
    language: EmailLanguage = Field("en", description="The language of the e-mail")


class InvitationRead(BaseModel):
    id: UUID
    organisation_id: UUID
    email: str
    role: Literal["admin", "member"]
    status: InvitationStatus
    created_at: datetime
    expires_at: datetime
    accepted_at: datetime | None = None


class InvitationView(BaseModel):
    """What the invited person's page shows, to whoever holds the link."""

    id: UUID
    organisation_id: UUID
    organisation_name: str
    email: str
    role: Literal["admin", "member"]
    expires_at: datetime
    account_exists: bool = Field(description="true: sign in to accept; false: sign up on the way")


class Acceptance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str = Field(min_length=1, max_length=200, description="The token of the invitation's link")
    name: str | None = Field(None, min_length=1, max_length=200, description="To sign up on the way: your name")
    password: NewPassword | None = Field(None, description="To sign up on the way")


class Accepted(BaseModel):
    organisation_id: UUID
    user_id: UUID
    role: Literal["admin", "member"]
    signed_up: bool = Field(description="true when accepting made the account")
