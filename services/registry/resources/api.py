"""Resources over HTTP: listed, changed and withdrawn by their organisation's admins, found by anyone."""

from uuid import UUID

from fastapi import APIRouter

from services.registry.identity.access import Caller
from services.registry.resources import service
from services.registry.resources.schemas import ResourceCreate, ResourceRead, ResourceUpdate
from shared.contracts.registry import ResourceKind
from shared.http import Cursor, Limit, Page, PoolDep

router = APIRouter(tags=["resources"])


@router.post("/resources", status_code=201, response_model=ResourceRead)
async def list_resource(body: ResourceCreate, pool: PoolDep, caller: Caller):
    return service.read_model(await service.list_resource(pool=pool, caller=caller, **body.model_dump()))


@router.get("/resources/{resource_id}", response_model=ResourceRead)
async def get_resource(resource_id: UUID, pool: PoolDep):
    return await service.read(pool=pool, resource_id=resource_id)


@router.get("/resources", response_model=Page[ResourceRead])
async def search_resources(pool: PoolDep, q: str | None = None, kind: ResourceKind | None = None,
                           city: str | None = None, organisation_id: UUID | None = None, limit: Limit = 50,
                           cursor: Cursor = None):
    return await service.search(pool=pool, q=q, kind=kind, city=city, organisation_id=organisation_id, limit=limit,
                                cursor=cursor)


@router.patch("/resources/{resource_id}", response_model=ResourceRead)
async def change_resource(resource_id: UUID, body: ResourceUpdate, pool: PoolDep, caller: Caller):
    """By the owning organisation's admins or operators; re-sends ResourceListed when something changed."""
    changes = body.model_dump(exclude_unset=True)
    return service.read_model(await service.change(pool=pool, caller=caller, resource_id=resource_id, **changes))


@router.delete("/resources/{resource_id}", response_model=ResourceRead)
async def withdraw_resource(resource_id: UUID, pool: PoolDep, caller: Caller):
    """By the owning organisation's admins or operators; sends ResourceWithdrawn."""
    return service.read_model(await service.withdraw(pool=pool, caller=caller, resource_id=resource_id))
