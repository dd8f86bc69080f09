"""The expert map over HTTP: graph, GeoJSON, statistics. Anonymous callers see public fields only."""

from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request

from services.registry.experts import repository as experts
from services.registry.identity.access import MaybeCaller
from services.registry.map import service
from shared.errors import DomainError

router = APIRouter(prefix="/map", tags=["map"])


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]


async def _known_skill(pool: asyncpg.Pool, skill: str | None) -> str | None:
    if skill is not None:
        async with pool.acquire() as conn:
            if skill not in await experts.taxonomy(conn):
                raise DomainError(f"skill: unknown skill {skill!r}")
    return skill


@router.get("/graph")
async def network_graph(pool: PoolDep, caller: MaybeCaller, network_id: UUID | None = None, skill: str | None = None,
                        city: str | None = None, max_experts: Annotated[int, Query(ge=0, le=5000)] = 500) -> dict:
    """Nodes (networks, partnerships, organisations, experts, resources) and edges (network membership,
    membership, affiliation, ownership, accepted cooperation, joint events)."""
    return await service.network_graph(pool, caller, network_id=network_id, skill=await _known_skill(pool, skill),
                                       city=city, max_experts=max_experts)


@router.get("/geo")
async def geojson(pool: PoolDep, caller: MaybeCaller, network_id: UUID | None = None, skill: str | None = None) -> dict:
    return await service.geojson(pool, caller, network_id=network_id, skill=await _known_skill(pool, skill))


@router.get("/stats")
async def statistics(pool: PoolDep, caller: MaybeCaller, network_id: UUID | None = None) -> dict:
    return await service.statistics(pool, caller, network_id=network_id)
