"""The expert map over HTTP: graph, GeoJSON, statistics. Anonymous callers see public fields only."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query

from services.registry.experts import service as experts
from services.registry.identity.access import MaybeCaller
from services.registry.map import service
from services.registry.map.domain import Scope
from services.registry.map.schemas import GraphRead, MapCityRead, MapGeoRead
from services.registry.map.stats import api as stats_api
from services.registry.organisations import codes
from shared.contracts.registry import ExpertRole, OrganisationKind
from shared.http import PoolDep

router = APIRouter(prefix="/map", tags=["map"])
Many = Annotated[list[str] | None, Query()]


async def _scope(
    pool: PoolDep,
    network_id: Annotated[UUID | None, Query(description="only this network's partnerships and organisations")] = None,
    q: Annotated[str | None, Query(max_length=200, description="words, as the expert search reads them")] = None,
    skill: Many = None, city: Many = None, country: Many = None, language: Many = None,
    role: Annotated[list[ExpertRole] | None, Query()] = None,
    organisation_kind: Annotated[list[OrganisationKind] | None, Query()] = None,
) -> Scope:
    """The expert search's filters (AND across facets, OR within one), for the graph and the geographic view."""
    await experts.require_known_skills(pool, {f"skill[{i}]": slug for i, slug in enumerate(skill or ())})
    return Scope(
        network_id=network_id, q=q.strip() or None if q else None, skill=tuple(skill or ()),
        city=tuple(c.strip() for c in city or () if c.strip()),
        country=tuple(codes.country(c, f"country[{i}]") for i, c in enumerate(country or ())),
        language=tuple(codes.language(c, f"language[{i}]") for i, c in enumerate(language or ())),
        role=tuple(r.value for r in role or ()), organisation_kind=tuple(k.value for k in organisation_kind or ()))


ScopeDep = Annotated[Scope, Depends(_scope)]
CityName = Annotated[str, Query(min_length=1, max_length=200, description="a city as /map/geo names it")]


@router.get("/graph", response_model=GraphRead)
async def network_graph(pool: PoolDep, caller: MaybeCaller, scope: ScopeDep,
                        max_experts: Annotated[int, Query(ge=0, le=5000)] = 500):
    """Nodes (networks, partnerships, organisations, experts, resources) and edges (network membership,
    membership, affiliation, ownership, accepted cooperation, joint events)."""
    return await service.network_graph(pool, caller, scope, max_experts=max_experts)


@router.get("/geo", response_model=MapGeoRead)
async def geojson(pool: PoolDep, caller: MaybeCaller, scope: ScopeDep):
    """Organisations (where they are) and experts (where they work) counted by city, as GeoJSON points."""
    return await service.geojson(pool, caller, scope)


@router.get("/geo/city", response_model=MapCityRead)
async def city_on_map(pool: PoolDep, caller: MaybeCaller, scope: ScopeDep, name: CityName,
                      in_country: Annotated[str, Query(description="its ISO 3166-1 alpha-2 country code")]):
    """The organisations and experts of one city of the map, within the same filters."""
    return await service.city(pool, caller, scope, city=name.strip(), country=codes.country(in_country, "in_country"))


router.include_router(stats_api.router)  # /map/stats
