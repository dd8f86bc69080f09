"""Registry HTTP API: parse, call the service layer, answer."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field, HttpUrl, field_validator

from services.registry import repository, service
from shared.contracts.registry import MemberRole, OrganisationKind, PartnershipMember
from shared.http import NotFound, Page

router = APIRouter()


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
Limit = Annotated[int, Query(ge=1, le=200)]


class OrganisationCreate(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    kind: OrganisationKind
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    city: str = Field(min_length=1, max_length=200)
    website: HttpUrl | None = None
    description: str | None = Field(None, max_length=5000)

    @field_validator("name", "city")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()


class OrganisationRead(BaseModel):
    id: UUID
    name: str
    kind: OrganisationKind
    country: str
    city: str
    website: str | None
    description: str | None
    status: str
    created_at: datetime


class MemberIn(BaseModel):
    organisation_id: UUID
    role: MemberRole


class PartnershipCreate(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    programme: str | None = Field(None, max_length=200)
    members: list[MemberIn] = Field(min_length=1)


class PartnershipRead(BaseModel):
    id: UUID
    name: str
    programme: str | None
    status: str
    members: list[MemberIn]
    created_at: datetime


@router.post("/organisations", status_code=201, response_model=OrganisationRead, tags=["organisations"])
async def register_organisation(body: OrganisationCreate, pool: PoolDep):
    fields = body.model_dump()
    fields["website"] = str(body.website) if body.website else None
    organisation = await service.register_organisation(pool, **fields)
    return await service.get_organisation(pool, organisation.id)


@router.get("/organisations/{organisation_id}", response_model=OrganisationRead, tags=["organisations"])
async def get_organisation(organisation_id: UUID, pool: PoolDep):
    if (row := await service.get_organisation(pool, organisation_id)) is None:
        raise NotFound(f"organisation {organisation_id} not found")
    return row


@router.get("/organisations", response_model=Page[OrganisationRead], tags=["organisations"])
async def list_organisations(pool: PoolDep, limit: Limit = 50, cursor: UUID | None = None):
    async with pool.acquire() as conn:
        rows = await repository.list_organisations(conn, limit=limit, after=cursor)
    return {"items": rows, "next_cursor": rows[-1]["id"] if len(rows) == limit else None}


@router.post("/partnerships", status_code=201, response_model=PartnershipRead, tags=["partnerships"])
async def form_partnership(body: PartnershipCreate, pool: PoolDep):
    members = tuple(PartnershipMember(**m.model_dump()) for m in body.members)
    partnership = await service.form_partnership(
        pool, name=body.name, programme=body.programme, members=members
    )
    return await service.get_partnership(pool, partnership.id)


@router.get("/partnerships/{partnership_id}", response_model=PartnershipRead, tags=["partnerships"])
async def get_partnership(partnership_id: UUID, pool: PoolDep):
    if (partnership := await service.get_partnership(pool, partnership_id)) is None:
        raise NotFound(f"partnership {partnership_id} not found")
    return partnership


@router.get("/partnerships", response_model=Page[PartnershipRead], tags=["partnerships"])
async def list_partnerships(pool: PoolDep, limit: Limit = 50, cursor: UUID | None = None):
    async with pool.acquire() as conn:
        items = await repository.list_partnerships(conn, limit=limit, after=cursor)
    return {"items": items, "next_cursor": items[-1]["id"] if len(items) == limit else None}
