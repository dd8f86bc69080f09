"""HTTP models of account links."""

from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from services.registry.identity.schemas import EmailLanguage
from services.registry.identity.schemas import NewPassword as Password
from shared.values import Email

_LANGUAGE = Field("en", description="The language of the e-mail")


class LinkToken(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str = Field(min_length=1, max_length=200, description="The token of the e-mailed link")


class LinkRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: Email
    language: EmailLanguage = _LANGUAGE


class NewPassword(LinkToken):
    password: Password


class Accepted(BaseModel):
    """Asked; the answer is the same whether the address has an account or not."""

    status: Literal["accepted"] = "accepted"


class Confirmed(BaseModel):
    user_id: UUID
    email: str
    email_verified: bool = True
