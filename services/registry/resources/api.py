"""Resources over HTTP: listed, changed and withdrawn by their organisation's admins, found by anyone (in a list
or by city)."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends

from services.registry.experts.fields import optional_query
from services.registry.identity.access import Caller
from services.registry.resources import service
from services.registry.resources.domain import ResourceQuery
from services.registry.resources.schemas import ResourceCreate, ResourceGeo, ResourceRead, ResourceUpdate
from shared import openapi
from shared.contracts.registry import ResourceKind
from shared.http import Cursor, Limit, Page, PoolDep
from shared.values import Day

router = APIRouter(tags=["resources"])


WITHDRAWN = openapi.problems_for(status_409="The resource is withdrawn")


@router.post("/resources", status_code=201, summary="Offer a resource", response_model=ResourceRead,
             responses=openapi.problems_for(status_404="No organisation of that `organisation_id`"))
async def list_resource(body: ResourceCreate, pool: PoolDep, caller: Caller):
    """Lists what an organisation offers and sends ResourceListed. By the organisation's admins or operators
    (else 403); **422** when `available_until` is before `available_from`."""
    return service.read_model(await service.list_resource(pool=pool, caller=caller, **body.model_dump()))


async def _query(q: Annotated[str | None, optional_query(
                     max_length=200, description="Words of titles and descriptions")] = None,
                 kind: Annotated[ResourceKind | None, optional_query()] = None,
                 city: Annotated[str | None, optional_query(max_length=200, description="any case")] = None,
                 organisation_id: Annotated[UUID | None, optional_query()] = None,
                 available_on: Annotated[Day | None, optional_query(
                     description="available on this day (ISO 8601)")] = None,
                 available_to: Annotated[Day | None, optional_query(
                     description="only with available_on, and not before it: available every day up to and"
                                 " including this one")] = None,
                 ) -> ResourceQuery:
    return ResourceQuery(q=q, kind=kind, city=city, organisation_id=organisation_id, available_on=available_on,
                         available_to=available_to)


Wanted = Annotated[ResourceQuery, Depends(_query)]


@router.get("/resources", summary="Find resources", response_model=Page[ResourceRead])
async def search_resources(pool: PoolDep, query: Wanted, limit: Limit = 50, cursor: Cursor = None):
    """Listed resources matching every filter given, by id. Anyone may look. **422** when `available_to` is
    sent without `available_on` or before it."""
    return await service.search(pool=pool, query=query, limit=limit, cursor=cursor)


@router.get("/resources/geo", summary="Count resources by city", response_model=ResourceGeo)
async def resources_by_city(pool: PoolDep, query: Wanted):
    """The same filters as the list; one GeoJSON point per city with its count of resources by kind, cities the
    offline gazetteer does not know apart. Anyone may look. **422** when `available_to` is sent without
    `available_on` or before it."""
    return await service.by_city(pool=pool, query=query)


# Only an id matches: /resources/geo stays the GET it is, other methods there answer 405, not "not an id".
@router.get("/resources/{resource_id:uuid}", summary="Read a resource", response_model=ResourceRead)
async def get_resource(resource_id: UUID, pool: PoolDep):
    """A resource, listed or withdrawn. Anyone may read it."""
    return await service.read(pool=pool, resource_id=resource_id)


@router.patch("/resources/{resource_id:uuid}", summary="Change a resource", response_model=ResourceRead,
               responses=WITHDRAWN)
async def change_resource(resource_id: UUID, body: ResourceUpdate, pool: PoolDep, caller: Caller):
    """Only the fields sent change. By the owning organisation's admins or operators (else 403); re-sends
    ResourceListed when something changed. **422** when `available_until` would be before `available_from`."""
    changes = body.model_dump(exclude_unset=True)
    return service.read_model(await service.change(pool=pool, caller=caller, resource_id=resource_id, **changes))


@router.delete("/resources/{resource_id:uuid}", summary="Withdraw a resource", response_model=ResourceRead,
                responses=openapi.problems_for(status_409="The resource is already withdrawn"))
async def withdraw_resource(resource_id: UUID, pool: PoolDep, caller: Caller):
    """By the owning organisation's admins or operators (else 403); sends ResourceWithdrawn."""
    return service.read_model(await service.withdraw(pool=pool, caller=caller, resource_id=resource_id))
