"""The expert map over HTTP: graph, GeoJSON, statistics. Anonymous callers see public fields only."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query

from services.registry.experts import service as experts
from services.registry.experts.fields import AnyCaseCountry, AnyCaseLanguage, optional_query
from services.registry.experts.schemas import SkillSlug
from services.registry.identity.access import MaybeCaller
from services.registry.map import service
from services.registry.map.domain import Scope
from services.registry.map.schemas import GraphRead, MapCityRead, MapGeoRead
from services.registry.map.stats import api as stats_api
from shared import openapi
from shared.contracts.registry import ExpertRole, OrganisationKind
from shared.http import PoolDep

router = APIRouter(prefix="/map", tags=["map"])
Many = Annotated[list[str] | None, optional_query()]
Countries = Annotated[list[AnyCaseCountry] | None, optional_query(
    description="ISO 3166-1 alpha-2 codes, read in any case")]
Languages = Annotated[list[AnyCaseLanguage] | None, optional_query(description="ISO 639-1 codes, read in any case")]


async def _scope(
    pool: PoolDep,
    network_id: Annotated[UUID | None, optional_query(
        description="only this network's partnerships and organisations")] = None,
    q: Annotated[str | None, optional_query(
        max_length=200, description="words, as the expert search reads them")] = None,
    skill: Annotated[list[SkillSlug] | None, optional_query(description="slugs from GET /skills")] = None,
    city: Many = None, country: Countries = None, language: Languages = None,
    role: Annotated[list[ExpertRole] | None, optional_query()] = None,
    organisation_kind: Annotated[list[OrganisationKind] | None, optional_query()] = None,
) -> Scope:
    """The expert search's filters (AND across facets, OR within one), for the graph and the geographic view."""
    await experts.require_known_skills(pool, {f"skill[{i}]": slug for i, slug in enumerate(skill or ())})
    return Scope(
        network_id=network_id, q=q.strip() or None if q else None, skill=tuple(skill or ()),
        city=tuple(c.strip() for c in city or () if c.strip()),
        country=tuple(c.value for c in country or ()), language=tuple(c.value for c in language or ()),
        role=tuple(r.value for r in role or ()), organisation_kind=tuple(k.value for k in organisation_kind or ()))


ScopeDep = Annotated[Scope, Depends(_scope)]
UNKNOWN_NETWORK = openapi.problems_for(status_404="No network of that `network_id`")
CityName = Annotated[str, Query(min_length=1, max_length=200, description="a city as /map/geo names it")]


@router.get("/graph", summary="Show the network as a graph", response_model=GraphRead, responses=UNKNOWN_NETWORK)
async def network_graph(pool: PoolDep, caller: MaybeCaller, scope: ScopeDep,
                        max_experts: Annotated[int, Query(ge=0, le=5000)] = 500):
    """Nodes (networks, partnerships, organisations, experts, resources) and edges (network membership,
    membership, affiliation, ownership, accepted cooperation, joint events), within the expert search's
    filters; at most `max_experts` experts, the first by name.

    Anyone may look; anonymous callers see public fields only, members of the network more. **422** when a
    skill is not in the taxonomy; **404** for an unknown `network_id`."""
    return await service.network_graph(pool, caller, scope, max_experts=max_experts)


@router.get("/geo", summary="Count organisations and experts by city", response_model=MapGeoRead,
            responses=UNKNOWN_NETWORK)
async def geojson(pool: PoolDep, caller: MaybeCaller, scope: ScopeDep):
    """Organisations (where they are) and experts (where they work) counted by city, as GeoJSON points, within
    the expert search's filters; cities the offline gazetteer does not know are listed apart.

    Anyone may look; anonymous callers see public fields only, members of the network more. **422** when a
    skill is not in the taxonomy; **404** for an unknown `network_id`."""
    return await service.geojson(pool, caller, scope)


@router.get("/geo/city", summary="List who is in one city of the map", response_model=MapCityRead,
            responses=UNKNOWN_NETWORK)
async def city_on_map(pool: PoolDep, caller: MaybeCaller, scope: ScopeDep, name: CityName,
                      in_country: Annotated[AnyCaseCountry, Query(
                          description="its ISO 3166-1 alpha-2 country code, read in any case")]):
    """The organisations and experts of one city of the map, within the same filters (none when the city has
    nobody).

    Anyone may look; anonymous callers see public fields only, members of the network more. **422** when a
    skill is not in the taxonomy; **404** for an unknown `network_id`."""
    return await service.city(pool, caller, scope, city=name.strip(), country=in_country.value)


router.include_router(stats_api.router)  # /map/stats
