"""Partnerships over HTTP: formed and changed by admins of their member organisations."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.registry.identity.access import Caller
from services.registry.partnerships import service
from services.registry.partnerships.schemas import MemberIn, PartnershipCreate, PartnershipRead
from shared.contracts.registry import PartnershipMember
from shared.http import Cursor, Limit, Page, PoolDep

router = APIRouter(tags=["partnerships"])


@router.post("/partnerships", status_code=201, response_model=PartnershipRead)
async def form_partnership(body: PartnershipCreate, pool: PoolDep, caller: Caller):
    members = tuple(PartnershipMember(**m.model_dump()) for m in body.members)
    partnership = await service.form_partnership(pool=pool, caller=caller, **(body.model_dump() | {"members": members}))
    return await service.read(pool=pool, partnership_id=partnership.id)


@router.post("/partnerships/{partnership_id}/members", status_code=201, response_model=PartnershipRead)
async def add_partnership_member(partnership_id: UUID, body: MemberIn, pool: PoolDep, caller: Caller):
    await service.add_partnership_member(pool=pool, caller=caller, partnership_id=partnership_id, **body.model_dump())
    return await service.read(pool=pool, partnership_id=partnership_id)


@router.delete("/partnerships/{partnership_id}/members/{organisation_id}", response_model=PartnershipRead)
async def remove_partnership_member(partnership_id: UUID, organisation_id: UUID, pool: PoolDep, caller: Caller):
    await service.remove_partnership_member(pool=pool, caller=caller, partnership_id=partnership_id,
                                            organisation_id=organisation_id)
    return await service.read(pool=pool, partnership_id=partnership_id)


@router.get("/partnerships/{partnership_id}", response_model=PartnershipRead)
async def get_partnership(partnership_id: UUID, pool: PoolDep):
    return await service.read(pool=pool, partnership_id=partnership_id)


@router.get("/partnerships", response_model=Page[PartnershipRead])
async def list_partnerships(pool: PoolDep, limit: Limit = 50, cursor: Cursor = None,
                            organisation_id: Annotated[UUID | None, Query(description="with this member")] = None,
                            network_id: Annotated[UUID | None, Query(description="in this network")] = None):
    return await service.list_partnerships(pool=pool, organisation_id=organisation_id, network_id=network_id,
                                           limit=limit, cursor=cursor)
