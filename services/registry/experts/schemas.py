"""What the experts and skills HTTP API reads and writes."""

from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, BeforeValidator, EmailStr, Field, model_validator
from pydantic_core import PydanticCustomError

from services.registry.experts.fields import AnyCaseCountry, AnyCaseLanguage, without_null
from shared.contracts.registry import ExpertRole

Level = Literal["public", "network", "private"]
Text = Annotated[str, Field(min_length=1, max_length=300)]
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# A skill named by its slug: the document states the form, the use case refuses what is not a skill of the
# taxonomy with its own message ("unknown skill 'x'").
SkillSlug = Annotated[str, Field(json_schema_extra={"pattern": SLUG_PATTERN})]


def _never_public(value):
    if value == "public":
        raise PydanticCustomError("contact_public", "contact details are never public; use network or private")
    return value


# People reach an expert through a cooperation request: their contacts are never public.
ContactLevel = Annotated[Literal["network", "private"], BeforeValidator(_never_public)]


class Visibility(BaseModel):
    """Who sees each field: public, network (members of the network) or private. Contacts are never public."""

    bio: Level | None = None
    location: Level | None = None
    languages: Level | None = None
    skills: Level | None = None
    roles: Level | None = None
    availability: Level | None = None
    email: ContactLevel | None = None
    phone: ContactLevel | None = None


class ExpertFields(BaseModel):
    skills: list[SkillSlug] = Field(default_factory=list, max_length=50, description="slugs from GET /skills")
    languages: list[AnyCaseLanguage] = Field(default_factory=list, max_length=20,
                                             description="ISO 639-1 codes, read in any case")
    roles: list[ExpertRole] = Field(default_factory=list)
    city: str | None = Field(None, max_length=200)
    country: AnyCaseCountry | None = Field(None, description="ISO 3166-1 alpha-2, read in any case")
    available_remote: bool = False
    availability: str | None = Field(None, max_length=1000)
    bio: str | None = Field(None, max_length=10_000)
    email: EmailStr | None = None
    phone: str | None = Field(None, pattern=r"^\+?[0-9 ()-]{5,30}$")
    visibility: Visibility = Field(default_factory=Visibility)

    def fields(self, *, only_sent: bool) -> dict:
        """The use case's keyword arguments: lists as tuples, visibility as the levels sent."""
        fields = self.model_dump(exclude_unset=only_sent, exclude={"user_email"})
        fields["visibility"] = self.visibility.model_dump(exclude_none=True)
        if only_sent and "visibility" not in self.model_fields_set:
            fields.pop("visibility")
        for name in ("skills", "languages", "roles", "organisation_ids"):
            if fields.get(name) is not None:
                fields[name] = tuple(fields[name])
        return fields


class ExpertCreate(ExpertFields):
    name: Text
    organisation_ids: list[UUID] = Field(min_length=1)
    user_email: str | None = Field(None, description="the expert's own account, if they have one")


class ExpertUpdate(ExpertFields):
    """Only the fields sent change."""

    name: Text | None = Field(None, json_schema_extra=without_null)
    organisation_ids: list[UUID] | None = Field(None, min_length=1, json_schema_extra=without_null)

    @model_validator(mode="after")
    def _required_fields_are_not_nulled(self) -> "ExpertUpdate":
        for name in ("name", "organisation_ids", "skills", "languages", "roles", "available_remote"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name}: must not be null")
        return self


class ExpertRead(BaseModel):
    """A profile as the caller may see it: a field hidden from the caller is absent, not null."""

    id: UUID
    name: str
    organisation_ids: list[UUID]
    status: Literal["published", "withdrawn"]
    skills: list[str] | None = None
    languages: list[str] | None = None
    roles: list[ExpertRole] | None = None
    city: str | None = None
    country: str | None = None
    available_remote: bool | None = None
    availability: str | None = None
    bio: str | None = None
    email: str | None = None
    phone: str | None = None
    visibility: dict[str, Level] | None = Field(None, description="only for the expert, their admins and operators")
    user_id: UUID | None = Field(None, description="only for the expert, their admins and operators")


class SkillCreate(BaseModel):
    slug: str = Field(pattern=SLUG_PATTERN, max_length=100)
    name: Text
    names: dict[AnyCaseLanguage, Text] = Field(default_factory=dict, description="the name by ISO 639-1 code")
    parent: SkillSlug | None = Field(None, description="an existing skill's slug")


class SkillRead(BaseModel):
    slug: str
    name: str
    names: dict[str, str]
    parent: str | None
