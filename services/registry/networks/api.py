"""Networks over HTTP: formed and changed by operators, read by anyone."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.registry.identity.access import Caller
from services.registry.networks import service
from services.registry.networks.schemas import ChampionCreate, NetworkCreate, NetworkJoin, NetworkRead
from shared import openapi
from shared.http import PoolDep

router = APIRouter(tags=["networks"])


@router.post("/networks", status_code=201, response_model=NetworkRead, summary="Form a network",
             responses=openapi.problems_for(status_409="A network of this name already exists"))
async def form_network(body: NetworkCreate, pool: PoolDep, caller: Caller):
    """Operators only, with any partnerships already known (an unknown one is a 422). Names are unique."""
    network_id = await service.form(pool=pool, caller=caller, **body.model_dump())
    return await service.read(pool=pool, network_id=network_id)


@router.get("/networks/{network_id}", response_model=NetworkRead, summary="Read a network")
async def get_network(network_id: UUID, pool: PoolDep):
    """Public: its partnerships and its champions by period."""
    return await service.read(pool=pool, network_id=network_id)


@router.get("/networks", response_model=list[NetworkRead], summary="List networks")
async def list_networks(pool: PoolDep,
                        partnership_id: Annotated[UUID | None, Query(description="with this partnership")] = None):
    """Public: every network, or those a partnership belongs to."""
    return await service.list_networks(pool=pool, partnership_id=partnership_id)


@router.post("/networks/{network_id}/partnerships", status_code=201, response_model=NetworkRead,
             summary="Add a partnership to a network",
             responses=openapi.problems_for(status_409="The partnership is in the network already"))
async def add_partnership(network_id: UUID, body: NetworkJoin, pool: PoolDep, caller: Caller):
    """Operators only; the partnership must exist (else 422)."""
    await service.join(pool=pool, caller=caller, network_id=network_id, partnership_id=body.partnership_id)
    return await service.read(pool=pool, network_id=network_id)


@router.post("/networks/{network_id}/champions", status_code=201, response_model=NetworkRead,
             summary="Designate a network's champion",
             responses=openapi.problems_for(status_409="Another partnership champions the network in an overlapping"
                                                       " period"))
async def designate_champion(network_id: UUID, body: ChampionCreate, pool: PoolDep, caller: Caller):
    """Operators only: a partnership of the network (else 422) champions it from `period_start` to `period_end`
    (not before the start, else 422). Periods of a network's champions never overlap."""
    await service.designate_champion(pool=pool, caller=caller, network_id=network_id, **body.model_dump())
    return await service.read(pool=pool, network_id=network_id)
