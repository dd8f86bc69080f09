"""Partnerships over HTTP: proposed by the lead's admins, joined by each organisation's own admins."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.registry.identity.access import Caller, MaybeCaller
from services.registry.partnerships import service
from services.registry.partnerships.schemas import MemberIn, PartnershipCreate, PartnershipRead
from shared import openapi
from shared.contracts.registry import PartnershipMember
from shared.http import Cursor, Limit, Page, PoolDep

router = APIRouter(tags=["partnerships"])


@router.post("/partnerships", status_code=201, response_model=PartnershipRead,
             summary="Form a partnership",
             description="By an admin of the lead organisation, or an operator. Organisations the caller"
                         " administers are members at once; every other one is pending until one of its own"
                         " admins accepts. The members are known organisations from two at least, each once, with"
                         " exactly one lead; the period does not end before it starts (each a 422).")
async def form_partnership(body: PartnershipCreate, pool: PoolDep, caller: Caller):
    members = tuple(PartnershipMember(**m.model_dump()) for m in body.members)
    partnership = await service.form_partnership(pool=pool, caller=caller, **(body.model_dump() | {"members": members}))
    return await service.read(pool=pool, partnership_id=partnership.id, caller=caller)


@router.post("/partnerships/{partnership_id}/members", status_code=201, response_model=PartnershipRead,
             summary="Add or invite a member",
             description="By an admin of a member. The organisation joins at once if the caller administers it"
                         " too (or is an operator); otherwise it is invited and pending until its admin accepts.",
             responses=openapi.problems_for(status_409="The organisation is a member already, or invited"))
async def add_partnership_member(partnership_id: UUID, body: MemberIn, pool: PoolDep, caller: Caller):
    await service.add_partnership_member(pool=pool, caller=caller, partnership_id=partnership_id, **body.model_dump())
    return await service.read(pool=pool, partnership_id=partnership_id, caller=caller)


@router.post("/partnerships/{partnership_id}/members/{organisation_id}/accept", response_model=PartnershipRead,
             summary="Accept an invitation", description="By an admin of the invited organisation, or an operator:"
                                                         " the organisation becomes a member.",
             responses=openapi.problems_for(status_409="The organisation is a member already"))
async def accept_partnership_invitation(partnership_id: UUID, organisation_id: UUID, pool: PoolDep, caller: Caller):
    await service.accept_invitation(pool=pool, caller=caller, partnership_id=partnership_id,
                                    organisation_id=organisation_id)
    return await service.read(pool=pool, partnership_id=partnership_id, caller=caller)


@router.post("/partnerships/{partnership_id}/members/{organisation_id}/decline", response_model=PartnershipRead,
             summary="Decline an invitation", description="By an admin of the invited organisation, or an operator:"
                                                          " the invitation is gone; nobody else ever learned of it.")
async def decline_partnership_invitation(partnership_id: UUID, organisation_id: UUID, pool: PoolDep, caller: Caller):
    await service.decline_invitation(pool=pool, caller=caller, partnership_id=partnership_id,
                                     organisation_id=organisation_id)
    return await service.read(pool=pool, partnership_id=partnership_id, caller=caller)


@router.delete("/partnerships/{partnership_id}/members/{organisation_id}", response_model=PartnershipRead,
               summary="Remove a member or withdraw an invitation",
               description="By an admin of a member, or of the organisation itself. A partnership keeps"
                           " organisations from two at least (422).")
async def remove_partnership_member(partnership_id: UUID, organisation_id: UUID, pool: PoolDep, caller: Caller):
    await service.remove_partnership_member(pool=pool, caller=caller, partnership_id=partnership_id,
                                            organisation_id=organisation_id)
    return await service.read(pool=pool, partnership_id=partnership_id, caller=caller)


@router.get("/partnerships/{partnership_id}", response_model=PartnershipRead, summary="Read a partnership",
            description="Pending members are listed only for admins of its members or of the invited organisation.")
async def get_partnership(partnership_id: UUID, pool: PoolDep, caller: MaybeCaller):
    return await service.read(pool=pool, partnership_id=partnership_id, caller=caller)


@router.get("/partnerships", response_model=Page[PartnershipRead], summary="List partnerships",
            description="`organisation_id` matches members only, never pending organisations.")
async def list_partnerships(pool: PoolDep, caller: MaybeCaller, limit: Limit = 50, cursor: Cursor = None,
                            organisation_id: Annotated[UUID | None, Query(description="with this member")] = None,
                            network_id: Annotated[UUID | None, Query(description="in this network")] = None):
    return await service.list_partnerships(pool=pool, caller=caller, organisation_id=organisation_id,
                                           network_id=network_id, limit=limit, cursor=cursor)
