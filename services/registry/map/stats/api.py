"""Network statistics over HTTP (under the map's /map prefix). Anonymous callers count public fields only."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter

from services.registry.experts.fields import optional_query
from services.registry.identity.access import MaybeCaller
from services.registry.map.stats import service
from services.registry.map.stats.schemas import NetworkStatsRead
from shared import openapi
from shared.http import PoolDep

router = APIRouter(tags=["map"])


@router.get("/stats", summary="Count the network's organisations, experts and resources",
            response_model=NetworkStatsRead,
            responses=openapi.problems_for(status_404="No network of that `network_id`"))
async def statistics(pool: PoolDep, caller: MaybeCaller, network_id: Annotated[UUID | None, optional_query(
        description="only this network's partnerships and organisations; all when absent")] = None):
    """Counts by organisation kind, city and skill, and the most connected organisations, in a network or in all.
    Anyone may look; anonymous callers count public fields only."""
    return await service.statistics(pool, caller, network_id=network_id)
