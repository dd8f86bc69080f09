"""The expert map over HTTP: graph, GeoJSON, statistics. Anonymous callers see public fields only."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from services.registry.experts import service as experts
from services.registry.identity.access import MaybeCaller
from services.registry.map import service
from shared.http import PoolDep

router = APIRouter(prefix="/map", tags=["map"])


async def _known_skill(pool, skill: str | None) -> str | None:
    await experts.require_known_skills(pool, {"skill": skill} if skill is not None else {})
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
