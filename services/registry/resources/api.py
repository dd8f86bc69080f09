"""Resources over HTTP."""

from dataclasses import asdict
from datetime import date
from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.registry.identity.access import Caller
from services.registry.resources import repository, service
from shared.contracts.registry import ResourceKind
from shared.errors import NotFound

router = APIRouter(tags=["resources"])


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]


class ResourceCreate(BaseModel):
    kind: ResourceKind
    organisation_id: UUID
    title: str = Field(min_length=1, max_length=300)
    description: str | None = Field(None, max_length=5000)
    quantity: int = Field(1, ge=1)
    city: str = Field(min_length=1, max_length=200)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    available_from: date | None = None
    available_until: date | None = None
    conditions: str | None = Field(None, max_length=5000)


class ResourceUpdate(BaseModel):
    """Only the fields sent change; the owning organisation does not."""

    model_config = ConfigDict(extra="forbid")

    kind: ResourceKind | None = None
    title: str | None = Field(None, min_length=1, max_length=300)
    description: str | None = Field(None, max_length=5000)
    quantity: int | None = Field(None, ge=1)
    city: str | None = Field(None, min_length=1, max_length=200)
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    available_from: date | None = None
    available_until: date | None = None
    conditions: str | None = Field(None, max_length=5000)

    @model_validator(mode="after")
    def _required_fields_are_not_nulled(self) -> "ResourceUpdate":
        for name in ("kind", "title", "quantity", "city", "country"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name}: must not be null")
        return self


def _read(resource) -> dict:
    return {k: v for k, v in asdict(resource).items() if k != "events"}


@router.post("/resources", status_code=201)
async def list_resource(body: ResourceCreate, pool: PoolDep, caller: Caller) -> dict:
    return _read(await service.list_resource(pool, caller, **body.model_dump()))


@router.get("/resources/{resource_id}")
async def get_resource(resource_id: UUID, pool: PoolDep) -> dict:
    async with pool.acquire() as conn:
        resource = await repository.load(conn, resource_id)
    if resource is None:
        raise NotFound(f"resource {resource_id} not found")
    return _read(resource)


@router.get("/resources")
async def search_resources(pool: PoolDep, q: str | None = None, kind: ResourceKind | None = None,
                           city: str | None = None, organisation_id: UUID | None = None,
                           limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: UUID | None = None) -> dict:
    async with pool.acquire() as conn:
        items = await repository.search(conn, q=q, kind=kind.value if kind else None, city=city,
                                        organisation_id=organisation_id, limit=limit, after=cursor)
    return {"items": items, "next_cursor": items[-1]["id"] if len(items) == limit else None}


@router.patch("/resources/{resource_id}")
async def change_resource(resource_id: UUID, body: ResourceUpdate, pool: PoolDep, caller: Caller) -> dict:
    """By the owning organisation's admins or operators; re-sends ResourceListed when something changed."""
    return _read(await service.change(pool, caller, resource_id, **body.model_dump(exclude_unset=True)))


@router.delete("/resources/{resource_id}")
async def withdraw_resource(resource_id: UUID, pool: PoolDep, caller: Caller) -> dict:
    """By the owning organisation's admins or operators; sends ResourceWithdrawn."""
    return _read(await service.withdraw(pool, caller, resource_id))
