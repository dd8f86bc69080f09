"""Organisations over HTTP: parse, call the use case, answer; contact details for network members only."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.registry.identity.access import Caller, MaybeCaller
from services.registry.organisations import service
from services.registry.organisations.schemas import OrganisationCreate, OrganisationRead, OrganisationUpdate
from shared.contracts.registry import OrganisationKind
from shared.http import Cursor, Limit, Page, PoolDep

router = APIRouter(tags=["organisations"])
NAME_TAKEN = {409: {"description": "Another organisation has this name in this country and city (case, accents,"
                                   " spacing and punctuation aside); the message names it"}}


@router.post("/organisations", status_code=201, response_model=OrganisationRead, responses=NAME_TAKEN)
async def register_organisation(body: OrganisationCreate, pool: PoolDep, caller: Caller):
    organisation = await service.register_organisation(pool=pool, caller=caller, **body.fields())
    return await service.read(pool=pool, caller=caller, organisation_id=organisation.id)


@router.patch("/organisations/{organisation_id}", response_model=OrganisationRead, responses=NAME_TAKEN)
async def update_organisation(organisation_id: UUID, body: OrganisationUpdate, pool: PoolDep, caller: Caller):
    await service.update_organisation(pool=pool, caller=caller, organisation_id=organisation_id, **body.changes())
    return await service.read(pool=pool, caller=caller, organisation_id=organisation_id)


@router.get("/organisations/{organisation_id}", response_model=OrganisationRead)
async def get_organisation(organisation_id: UUID, pool: PoolDep, caller: MaybeCaller):
    return await service.read(pool=pool, caller=caller, organisation_id=organisation_id)


@router.get("/organisations", response_model=Page[OrganisationRead])
async def list_organisations(pool: PoolDep, caller: MaybeCaller, limit: Limit = 50, cursor: Cursor = None,
                             q: Annotated[str | None, Query(max_length=200)] = None,
                             kind: OrganisationKind | None = None, country: str | None = None,
                             city: str | None = None, sector: str | None = None):
    """Organisations, optionally found by words of their names (typos allowed) and filtered."""
    return await service.list_organisations(pool=pool, caller=caller, limit=limit, cursor=cursor, q=q, kind=kind,
                                            country=country, city=city, sector=sector)
