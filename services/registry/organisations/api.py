"""Organisations over HTTP: parse, call the use case, answer; contact details for network members only."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.registry.identity.access import Caller, MaybeCaller
from services.registry.organisations import service
from services.registry.organisations.codes import CountryFilter
from services.registry.organisations.schemas import OrganisationCreate, OrganisationRead, OrganisationUpdate
from shared import openapi
from shared.contracts.registry import OrganisationKind
from shared.http import Cursor, Limit, Page, PoolDep

router = APIRouter(tags=["organisations"])
NAME_TAKEN = openapi.problems_for(
    status_409="Another organisation has this name in this country and city (case, accents, spacing and"
               " punctuation aside); the message names it")


@router.post("/organisations", status_code=201, response_model=OrganisationRead, responses=NAME_TAKEN,
             summary="Register an organisation")
async def register_organisation(body: OrganisationCreate, pool: PoolDep, caller: Caller):
    """Any signed-in user may register an organisation and becomes its first admin. Names are unique per
    country and city, ignoring case, accents, spacing and punctuation (409 names the one that has it)."""
    organisation = await service.register_organisation(pool=pool, caller=caller, **body.fields())
    return await service.read(pool=pool, caller=caller, organisation_id=organisation.id)


@router.patch("/organisations/{organisation_id}", response_model=OrganisationRead, responses=NAME_TAKEN,
              summary="Change an organisation")
async def update_organisation(organisation_id: UUID, body: OrganisationUpdate, pool: PoolDep, caller: Caller):
    """By an admin of the organisation or an operator; only the fields sent change. `status` (suspending or
    reactivating) is for operators only (403). A new name or place must be free (409)."""
    await service.update_organisation(pool=pool, caller=caller, organisation_id=organisation_id, **body.changes())
    return await service.read(pool=pool, caller=caller, organisation_id=organisation_id)


@router.get("/organisations/{organisation_id}", response_model=OrganisationRead, summary="Read an organisation")
async def get_organisation(organisation_id: UUID, pool: PoolDep, caller: MaybeCaller):
    """Public; the contact email is shown only to network members (anyone in an organisation) and operators."""
    return await service.read(pool=pool, caller=caller, organisation_id=organisation_id)


@router.get("/organisations", response_model=Page[OrganisationRead], summary="List organisations")
async def list_organisations(pool: PoolDep, caller: MaybeCaller, limit: Limit = 50, cursor: Cursor = None,
                             q: Annotated[str | None, Query(max_length=200)] = None,
                             kind: OrganisationKind | None = None, country: Annotated[CountryFilter | None, Query(description="in any case")] = None,
                             city: Annotated[str | None, Query(description="ignoring case")] = None,
                             sector: str | None = None):
    """Public. Organisations in id order, optionally found by words of their names in any language (typos
    allowed) or description, and filtered by kind, country, city and sector. Contact emails as on reading one."""
    return await service.list_organisations(pool=pool, caller=caller, limit=limit, cursor=cursor, q=q, kind=kind,
                                            country=country, city=city, sector=sector)
