"""What the organisations HTTP API reads and writes."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, EmailStr, Field, HttpUrl, field_validator, model_validator

from shared.contracts.registry import OrganisationKind, OrganisationStatus

Name = Annotated[str, Field(min_length=1, max_length=300)]


def _strip(value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise ValueError("must not be blank")
    return value.strip() if value is not None else None


class OrganisationCreate(BaseModel):
    name: Name
    kind: OrganisationKind
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    city: str = Field(min_length=1, max_length=200)
    website: HttpUrl | None = None
    description: str | None = Field(None, max_length=5000)
    names: dict[str, Name] = Field(default_factory=dict, description="the name in other languages, by ISO 639-1")
    sectors: list[str] = Field(default_factory=list, max_length=30, description="slugs, e.g. 'creative-industries'")
    contact_email: EmailStr | None = Field(None, description="shown to network members only")

    @field_validator("name", "city")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        return _strip(value)

    def fields(self) -> dict:
        """The use case's keyword arguments: the website as text, sectors as a tuple."""
        return self.model_dump() | {"website": str(self.website) if self.website else None,
                                    "sectors": tuple(self.sectors)}


class OrganisationUpdate(BaseModel):
    """Only the fields sent change; `status` is for operators."""

    name: Name | None = None
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    city: str | None = Field(None, min_length=1, max_length=200)
    website: HttpUrl | None = None
    description: str | None = Field(None, max_length=5000)
    names: dict[str, Name] | None = None
    sectors: list[str] | None = Field(None, max_length=30)
    contact_email: EmailStr | None = None
    status: OrganisationStatus | None = None

    @field_validator("name", "city")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        return _strip(value)

    @model_validator(mode="after")
    def _required_fields_are_not_nulled(self) -> "OrganisationUpdate":
        for name in ("name", "country", "city", "names", "sectors", "status"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name}: must not be null")
        return self

    def changes(self) -> dict:
        """Only the fields sent, the website as text and sectors as a tuple."""
        changes = self.model_dump(exclude_unset=True)
        if "website" in changes:
            changes["website"] = str(self.website) if self.website else None
        if "sectors" in changes:
            changes["sectors"] = tuple(self.sectors or ())
        return changes


class OrganisationRead(BaseModel):
    id: UUID
    name: str
    kind: OrganisationKind
    country: str
    city: str
    website: str | None
    description: str | None
    names: dict[str, str] = {}
    sectors: list[str] = []
    contact_email: str | None = Field(None, description="only for network members and operators")
    status: str
    created_at: datetime
