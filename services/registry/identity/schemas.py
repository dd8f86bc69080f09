"""What identity's HTTP API reads and writes."""

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, EmailStr, Field

from shared.auth import Role


class SignUp(BaseModel):
    email: EmailStr
    password: str = Field(max_length=200)
    name: str | None = Field(None, max_length=200)
    operator: bool = Field(False, description="only an operator may create another operator")


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
    token_type: str = "bearer"
    expires_at: datetime


class Me(BaseModel):
    id: UUID
    email: str | None
    kind: str
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
