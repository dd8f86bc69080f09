"""Organisations over HTTP: parse, call the service layer, answer; contact details for network members only."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, EmailStr, Field, HttpUrl, field_validator, model_validator

from services.registry import codes, repository, service
from services.registry.identity.access import Caller, MaybeCaller
from shared.auth import Principal
from shared.errors import NotFound
from shared.contracts.registry import OrganisationKind, OrganisationStatus
from shared.http import Page

router = APIRouter()


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
Limit = Annotated[int, Query(ge=1, le=200)]
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


def _visible(row: dict, caller: Principal | None) -> dict:
    """Contact details are for network members (anyone in an organisation) and operators."""
    in_network = caller is not None and (caller.operator or bool(caller.organisations))
    return {**row, "country": row["country"].strip(), "contact_email": row["contact_email"] if in_network else None}


@router.post("/organisations", status_code=201, response_model=OrganisationRead, tags=["organisations"])
async def register_organisation(body: OrganisationCreate, pool: PoolDep, caller: Caller):
    fields = body.model_dump() | {"website": str(body.website) if body.website else None,
                                  "sectors": tuple(body.sectors)}
    organisation = await service.register_organisation(pool, caller, **fields)
    return _visible(await service.get_organisation(pool, organisation.id), caller)


@router.patch("/organisations/{organisation_id}", response_model=OrganisationRead, tags=["organisations"])
async def update_organisation(organisation_id: UUID, body: OrganisationUpdate, pool: PoolDep, caller: Caller):
    changes = body.model_dump(exclude_unset=True)
    if "website" in changes:
        changes["website"] = str(body.website) if body.website else None
    if "sectors" in changes:
        changes["sectors"] = tuple(body.sectors or ())
    await service.update_organisation(pool, caller, organisation_id, **changes)
    return _visible(await service.get_organisation(pool, organisation_id), caller)


@router.get("/organisations/{organisation_id}", response_model=OrganisationRead, tags=["organisations"])
async def get_organisation(organisation_id: UUID, pool: PoolDep, caller: MaybeCaller):
    if (row := await service.get_organisation(pool, organisation_id)) is None:
        raise NotFound(f"organisation {organisation_id} not found")
    return _visible(row, caller)


@router.get("/organisations", response_model=Page[OrganisationRead], tags=["organisations"])
async def list_organisations(pool: PoolDep, caller: MaybeCaller, limit: Limit = 50, cursor: UUID | None = None,
                             q: Annotated[str | None, Query(max_length=200)] = None,
                             kind: OrganisationKind | None = None, country: str | None = None,
                             city: str | None = None, sector: str | None = None):
    """Organisations, optionally found by words of their names (typos allowed) and filtered."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SET LOCAL pg_trgm.word_similarity_threshold = 0.45")
        rows = await repository.list_organisations(
            conn, limit=limit, after=cursor, q=q.strip() or None if q else None, kind=kind.value if kind else None,
            country=codes.country(country) if country else None, city=city, sector=sector)
    return {"items": [_visible(r, caller) for r in rows], "next_cursor": rows[-1]["id"] if len(rows) == limit else None}
