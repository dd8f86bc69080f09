"""What identity's HTTP API reads and writes."""

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, Field, StrictBool

from services.registry.identity.domain import MIN_PASSWORD_LENGTH
from shared.auth import Role
from shared.values import Email


# White space as str.strip() sees it, spelled out: regex engines disagree on what `\s` covers beyond ASCII.
WHITE_SPACE = r"\s\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# The password rule, stated for the document (the domain checks it, with its own message); `(?!\n)` keeps readers
# whose `$` also matches before a final newline from allowing one.
_NO_SURROUNDING_WHITE_SPACE = rf"^[^{WHITE_SPACE}][\s\S]*[^{WHITE_SPACE}](?!\n)$"


# A password as the policy wants it, stated for the document too.
NewPassword = Annotated[str, Field(min_length=MIN_PASSWORD_LENGTH, max_length=200,
                                   description="at least 10 characters, not starting or ending with white space",
                                   json_schema_extra={"pattern": _NO_SURROUNDING_WHITE_SPACE})]
EmailLanguage = Literal["en", "uk", "de"]


class SignUp(BaseModel):
    email: Email
    password: NewPassword
    name: str | None = Field(None, max_length=200)
    operator: StrictBool = Field(False, description="only an operator may create another operator")
    language: EmailLanguage = Field("en", description="The language of the e-mail with the confirmation link")


class UserRead(BaseModel):
    id: UUID
    email: str
    name: str | None
    operator: bool
    disabled_at: datetime | None = None


class Login(BaseModel):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(max_length=200)


class TokenRead(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime


class Me(BaseModel):
    id: UUID
    email: str | None
    kind: Literal["user", "api"] = Field(description="user: logged in; api: an API token acting for its user")
    operator: bool
    organisations: dict[UUID, Role]


class MemberAdd(BaseModel):
    email: str = Field(min_length=3, max_length=320)
    role: Role


class MemberRead(BaseModel):
    user_id: UUID
    email: str
    name: str | None
    role: Role
    created_at: datetime


class ApiTokenCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    days: int = Field(90, ge=1, description="lifetime in days, at most REGISTRY_API_TOKEN_MAX_DAYS")


class ApiTokenRead(BaseModel):
    id: UUID
    user_id: UUID
    name: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


class ApiTokenIssued(ApiTokenRead):
    token: str = Field(description="shown once: only its hash is stored")


class Jwks(BaseModel):
    """A JSON Web Key Set (RFC 7517): each key an Ed25519 public key (`kty` OKP, `crv` Ed25519)."""

    keys: list[dict[str, str]]


class SignedKey(BaseModel):
    kid: str = Field(description="the id of the key that signs new tokens from now on")
