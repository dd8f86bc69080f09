"""Partnerships over HTTP: formed and changed by admins of their member organisations."""

from datetime import date, datetime
from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from services.registry import repository, service
from services.registry.identity.access import Caller
from shared.contracts.registry import MemberRole, PartnershipMember
from shared.http import Page
from shared.errors import NotFound

router = APIRouter(tags=["partnerships"])


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
Limit = Annotated[int, Query(ge=1, le=200)]


class MemberIn(BaseModel):
    organisation_id: UUID
    role: MemberRole


class PartnershipCreate(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    programme: str | None = Field(None, max_length=200)
    members: list[MemberIn] = Field(min_length=1)
    period_start: date | None = None
    period_end: date | None = None


class PartnershipRead(BaseModel):
    id: UUID
    name: str
    programme: str | None
    status: str
    members: list[MemberIn]
    period_start: date | None = None
    period_end: date | None = None
    created_at: datetime


@router.post("/partnerships", status_code=201, response_model=PartnershipRead)
async def form_partnership(body: PartnershipCreate, pool: PoolDep, caller: Caller):
    members = tuple(PartnershipMember(**m.model_dump()) for m in body.members)
    partnership = await service.form_partnership(pool, caller, **(body.model_dump() | {"members": members}))
    return await service.get_partnership(pool, partnership.id)


@router.post("/partnerships/{partnership_id}/members", status_code=201, response_model=PartnershipRead)
async def add_partnership_member(partnership_id: UUID, body: MemberIn, pool: PoolDep, caller: Caller):
    await service.add_partnership_member(pool, caller, partnership_id, **body.model_dump())
    return await service.get_partnership(pool, partnership_id)


@router.delete("/partnerships/{partnership_id}/members/{organisation_id}", response_model=PartnershipRead)
async def remove_partnership_member(partnership_id: UUID, organisation_id: UUID, pool: PoolDep, caller: Caller):
    await service.remove_partnership_member(pool, caller, partnership_id, organisation_id)
    return await service.get_partnership(pool, partnership_id)


@router.get("/partnerships/{partnership_id}", response_model=PartnershipRead)
async def get_partnership(partnership_id: UUID, pool: PoolDep):
    if (partnership := await service.get_partnership(pool, partnership_id)) is None:
        raise NotFound(f"partnership {partnership_id} not found")
    return partnership


@router.get("/partnerships", response_model=Page[PartnershipRead])
async def list_partnerships(pool: PoolDep, limit: Limit = 50, cursor: UUID | None = None):
    async with pool.acquire() as conn:
        items = await repository.list_partnerships(conn, limit=limit, after=cursor)
    return {"items": items, "next_cursor": items[-1]["id"] if len(items) == limit else None}
