"""What the organisations HTTP API reads and writes."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, Field, HttpUrl, field_validator, model_validator

from services.registry.identity.schemas import WHITE_SPACE
from services.registry.organisations.codes import CountryCode, SectorSlug
from shared.contracts.registry import OrganisationKind, OrganisationStatus
from shared.values import Country, Email, Language

Name = Annotated[str, Field(min_length=1, max_length=300)]
# Language codes were always read in any case ('EN' is 'en') and checked by the domain, whose refusal names the
# entry ("names.ukr: ..."): the document states the codes, the domain keeps reading them.
Names = Annotated[dict[str, Name], Field(
    description="the name in other languages, by ISO 639-1 code (read in any case)",
    json_schema_extra={"propertyNames": {"$ref": "#/components/schemas/Language"}})]


# Some character that is not white space (as str.strip() sees it).
NOT_BLANK = f"[^{WHITE_SPACE}]"


def _strip(value):
    """Before the rules of the field: surrounding white space goes, blank text is refused as such."""
    if isinstance(value, str) and not value.strip():
        raise ValueError("must not be blank")
    return value.strip() if isinstance(value, str) else value


def _without_null(schema: dict) -> None:
    """The document of a field that may be left out but not sent as null (the model refuses null itself, with a
    message naming the field)."""
    if "anyOf" in schema:
        schema.update(next(branch for branch in schema.pop("anyOf") if branch.get("type") != "null"))


NOT_NULL = Field(None, json_schema_extra=_without_null)


class OrganisationCreate(BaseModel):
    name: Name = Field(pattern=NOT_BLANK)
    kind: OrganisationKind
    country: CountryCode
    city: str = Field(min_length=1, max_length=200, pattern=NOT_BLANK)
    website: HttpUrl | None = None
    description: str | None = Field(None, max_length=5000)
    names: Names = Field(default_factory=dict)
    sectors: list[SectorSlug] = Field(default_factory=list, max_length=30)
    contact_email: Email | None = Field(None, description="shown to network members only")

    @field_validator("name", "city", mode="before")
    @classmethod
    def _not_blank(cls, value):
        return _strip(value)

    def fields(self) -> dict:
        """The use case's keyword arguments: the website as text, sectors as a tuple."""
        return self.model_dump() | {"website": str(self.website) if self.website else None,
                                    "sectors": tuple(self.sectors)}


class OrganisationUpdate(BaseModel):
    """Only the fields sent change; `status` is for operators. Only the website, description and contact email
    may be sent as null (to remove them)."""

    name: Name | None = Field(None, pattern=NOT_BLANK, json_schema_extra=_without_null)
    country: CountryCode | None = NOT_NULL
    city: str | None = Field(None, min_length=1, max_length=200, pattern=NOT_BLANK, json_schema_extra=_without_null)
    website: HttpUrl | None = None
    description: str | None = Field(None, max_length=5000)
    names: Names | None = NOT_NULL
    sectors: list[SectorSlug] | None = Field(None, max_length=30, json_schema_extra=_without_null)
    contact_email: Email | None = None
    status: OrganisationStatus | None = NOT_NULL

    @field_validator("name", "city", mode="before")
    @classmethod
    def _not_blank(cls, value):
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
    country: Country
    city: str
    website: str | None
    description: str | None
    names: dict[Language, str] = {}
    sectors: list[str] = []
    contact_email: str | None = Field(None, description="only for network members and operators")
    status: OrganisationStatus
    duplicate_of: UUID | None = Field(
        None, description="Set when this organisation was registered under the name of an older one in the same"
                          " country and city (before names were unique): that older one, for operators to merge."
                          " Cleared once it is renamed or moved.")
    created_at: datetime
