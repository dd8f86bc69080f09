"""What a bulk file holds, row by row, as the OpenAPI document describes it: one schema per kind, the columns an
import reads and an export writes. The rows themselves are checked as the single-item API checks one."""

from datetime import date
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from services.registry.experts.schemas import Level
from shared.contracts.registry import ExpertRole, OrganisationKind, OrganisationStatus

NAME_IN_LANGUAGE = r"^name_[a-z]+$"
# A list cell: a JSON array, or text with ';' between its items (as a CSV cell reads).
Items = list[str] | str
Reference = Annotated[str, Field(description="an organisation's key, id or name")]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: UUID | None = Field(None, description="blank for a new id; an export's id to keep it")


class OrganisationImportRow(_Row):
    model_config = ConfigDict(title="OrganisationRow", json_schema_extra={
        "patternProperties": {NAME_IN_LANGUAGE: {"type": "string", "description": "the name in that language"}}})

    key: str | None = Field(None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
                            description="how later files refer to the organisation")
    name: str
    kind: OrganisationKind
    country: str = Field(description="ISO 3166-1 alpha-2")
    city: str
    website: str | None = None
    description: str | None = None
    sectors: Items | None = None
    contact_email: str | None = None
    admin_emails: Items | None = Field(None, description="e-mails of users who signed up: they become its admins")
    status: OrganisationStatus | None = None


class PartnershipImportRow(_Row):
    model_config = ConfigDict(title="PartnershipRow")

    name: str
    programme: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    lead: Reference
    partners: list[Reference] | str | None = None
    associates: list[Reference] | str | None = None


class ExpertImportRow(_Row):
    model_config = ConfigDict(title="ExpertRow")

    name: str
    organisations: list[Reference] | str
    user_email: str | None = Field(None, description="the expert's own account")
    skills: Items | None = None
    languages: Items | None = None
    roles: list[ExpertRole] | str | None = None
    city: str | None = None
    country: str | None = None
    available_remote: bool | None = None
    availability: str | None = None
    bio: str | None = None
    email: str | None = None
    phone: str | None = None
    visibility: dict[str, Level] | str | None = Field(None, description="e.g. {\"bio\": \"network\"} or 'bio=network'")


# What an export writes: the same columns, values absent where hidden from the caller or empty.
class _Exported(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: UUID


class OrganisationExportRow(_Exported):
    model_config = ConfigDict(title="ExportedOrganisation", json_schema_extra={
        "patternProperties": {NAME_IN_LANGUAGE: {"type": "string"}}})

    key: str | None = None
    name: str
    kind: OrganisationKind
    country: str
    city: str
    website: str | None = None
    description: str | None = None
    sectors: list[str] | None = None
    contact_email: str | None = Field(None, description="for network members and operators")
    admin_emails: list[str] | None = Field(None, description="for operators")
    status: OrganisationStatus


class PartnershipExportRow(_Exported):
    model_config = ConfigDict(title="ExportedPartnership")

    name: str
    programme: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    lead: str | None = None
    partners: list[str]
    associates: list[str]


class ExpertExportRow(_Exported):
    model_config = ConfigDict(title="ExportedExpert")

    name: str
    organisations: list[str]
    user_email: str | None = Field(None, description="for the expert, their organisations' admins and operators")
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
    visibility: dict[str, Level] | None = None


def rows_schema(*models: type[BaseModel]) -> dict:
    """A JSON array of any of `models`' rows (the path's kind says which), self-contained: no $refs to resolve."""
    return {"type": "array", "items": {"anyOf": [_inlined(m.model_json_schema()) for m in models]}}


def _inlined(schema: dict) -> dict:
    definitions = schema.pop("$defs", {})

    def resolve(node):
        if isinstance(node, dict):
            if "$ref" in node:
                return resolve(definitions[node["$ref"].rsplit("/", 1)[1]])
            return {k: resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    return resolve(schema)
