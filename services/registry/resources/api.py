"""Resources over HTTP: listed, changed and withdrawn by their organisation's admins, found by anyone (in a list
or by city)."""

from datetime import date
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query

from services.registry.identity.access import Caller
from services.registry.resources import service
from services.registry.resources.domain import ResourceQuery
from services.registry.resources.schemas import ResourceCreate, ResourceGeo, ResourceRead, ResourceUpdate
from shared.contracts.registry import ResourceKind
from shared.http import Cursor, Limit, Page, PoolDep

router = APIRouter(tags=["resources"])


@router.post("/resources", status_code=201, response_model=ResourceRead)
async def list_resource(body: ResourceCreate, pool: PoolDep, caller: Caller):
    return service.read_model(await service.list_resource(pool=pool, caller=caller, **body.model_dump()))


async def _query(q: Annotated[str | None, Query(max_length=200, description="Words of titles and descriptions")] = None,
                 kind: ResourceKind | None = None, city: str | None = None,
                 organisation_id: UUID | None = None,
                 available_on: Annotated[date | None, Query(description="available on this day (ISO 8601)")] = None,
                 available_to: Annotated[date | None, Query(
                     description="with available_on: available every day up to and including this one")] = None,
                 ) -> ResourceQuery:
    return ResourceQuery(q=q, kind=kind, city=city, organisation_id=organisation_id, available_on=available_on,
                         available_to=available_to)


Wanted = Annotated[ResourceQuery, Depends(_query)]


@router.get("/resources", response_model=Page[ResourceRead])
async def search_resources(pool: PoolDep, query: Wanted, limit: Limit = 50, cursor: Cursor = None):
    return await service.search(pool=pool, query=query, limit=limit, cursor=cursor)


@router.get("/resources/geo", response_model=ResourceGeo)
async def resources_by_city(pool: PoolDep, query: Wanted):
    """The same filters as the list; one point per city with its count of resources by kind."""
    return await service.by_city(pool=pool, query=query)


# After /resources/geo, which would otherwise be read as an id.
@router.get("/resources/{resource_id}", response_model=ResourceRead)
async def get_resource(resource_id: UUID, pool: PoolDep):
    return await service.read(pool=pool, resource_id=resource_id)


@router.patch("/resources/{resource_id}", response_model=ResourceRead)
async def change_resource(resource_id: UUID, body: ResourceUpdate, pool: PoolDep, caller: Caller):
    """By the owning organisation's admins or operators; re-sends ResourceListed when something changed."""
    changes = body.model_dump(exclude_unset=True)
    return service.read_model(await service.change(pool=pool, caller=caller, resource_id=resource_id, **changes))


@router.delete("/resources/{resource_id}", response_model=ResourceRead)
async def withdraw_resource(resource_id: UUID, pool: PoolDep, caller: Caller):
    """By the owning organisation's admins or operators; sends ResourceWithdrawn."""
    return service.read_model(await service.withdraw(pool=pool, caller=caller, resource_id=resource_id))
