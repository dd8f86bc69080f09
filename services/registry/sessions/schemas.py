"""HTTP models of browser sessions."""

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from shared.values import Email


class SignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: Email
    password: str = Field(min_length=1, max_length=1024)


class SessionToken(BaseModel):
    """The short-lived access token; the refresh token travels only in its HttpOnly cookie."""

    access_token: str
    token_type: str = "Bearer"
    expires_at: datetime = Field(description="When the access token expires: refresh shortly before")
    user_id: UUID
