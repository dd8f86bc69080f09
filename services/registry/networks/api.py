"""Networks over HTTP."""

from datetime import date
from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from services.registry.identity.access import Caller
from services.registry.networks import service

router = APIRouter(tags=["networks"])


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]


class NetworkCreate(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    description: str | None = Field(None, max_length=5000)
    partnership_ids: list[UUID] = Field(default_factory=list)


class Joining(BaseModel):
    partnership_id: UUID


class Champion(BaseModel):
    partnership_id: UUID
    period_start: date
    period_end: date


@router.post("/networks", status_code=201)
async def form_network(body: NetworkCreate, pool: PoolDep, caller: Caller) -> dict:
    return await service.read(pool, await service.form(pool, caller, **body.model_dump()))


@router.get("/networks/{network_id}")
async def get_network(network_id: UUID, pool: PoolDep) -> dict:
    return await service.read(pool, network_id)


@router.get("/networks")
async def list_networks(pool: PoolDep) -> list[dict]:
    async with pool.acquire() as conn:
        ids = [r["id"] for r in await conn.fetch("SELECT id FROM networks ORDER BY name")]
    return [await service.read(pool, i) for i in ids]


@router.post("/networks/{network_id}/partnerships", status_code=201)
async def add_partnership(network_id: UUID, body: Joining, pool: PoolDep, caller: Caller) -> dict:
    await service.join(pool, caller, network_id, body.partnership_id)
    return await service.read(pool, network_id)


@router.post("/networks/{network_id}/champions", status_code=201)
async def designate_champion(network_id: UUID, body: Champion, pool: PoolDep, caller: Caller) -> dict:
    await service.designate_champion(pool, caller, network_id, **body.model_dump())
    return await service.read(pool, network_id)
