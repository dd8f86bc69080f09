"""Network statistics over HTTP (under the map's /map prefix). Anonymous callers count public fields only."""

from uuid import UUID

from fastapi import APIRouter

from services.registry.identity.access import MaybeCaller
from services.registry.map.stats import service
from services.registry.map.stats.schemas import NetworkStatsRead
from shared.http import PoolDep

router = APIRouter(tags=["map"])


@router.get("/stats", response_model=NetworkStatsRead)
async def statistics(pool: PoolDep, caller: MaybeCaller, network_id: UUID | None = None):
    """Counts by organisation kind, city and skill, and the most connected organisations, in a network or in all."""
    return await service.statistics(pool, caller, network_id=network_id)
