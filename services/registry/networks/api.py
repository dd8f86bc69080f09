"""Networks over HTTP: formed and changed by operators, read by anyone."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.registry.identity.access import Caller
from services.registry.networks import service
from services.registry.networks.schemas import ChampionCreate, NetworkCreate, NetworkJoin, NetworkRead
from shared.http import PoolDep

router = APIRouter(tags=["networks"])


@router.post("/networks", status_code=201, response_model=NetworkRead)
async def form_network(body: NetworkCreate, pool: PoolDep, caller: Caller):
    network_id = await service.form(pool=pool, caller=caller, **body.model_dump())
    return await service.read(pool=pool, network_id=network_id)


@router.get("/networks/{network_id}", response_model=NetworkRead)
async def get_network(network_id: UUID, pool: PoolDep):
    return await service.read(pool=pool, network_id=network_id)


@router.get("/networks", response_model=list[NetworkRead])
async def list_networks(pool: PoolDep,
                        partnership_id: Annotated[UUID | None, Query(description="with this partnership")] = None):
    return await service.list_networks(pool=pool, partnership_id=partnership_id)


@router.post("/networks/{network_id}/partnerships", status_code=201, response_model=NetworkRead)
async def add_partnership(network_id: UUID, body: NetworkJoin, pool: PoolDep, caller: Caller):
    await service.join(pool=pool, caller=caller, network_id=network_id, partnership_id=body.partnership_id)
    return await service.read(pool=pool, network_id=network_id)


@router.post("/networks/{network_id}/champions", status_code=201, response_model=NetworkRead)
async def designate_champion(network_id: UUID, body: ChampionCreate, pool: PoolDep, caller: Caller):
    await service.designate_champion(pool=pool, caller=caller, network_id=network_id, **body.model_dump())
    return await service.read(pool=pool, network_id=network_id)
