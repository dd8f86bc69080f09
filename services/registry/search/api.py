"""Search over HTTP: experts with facets; the caller sees and finds only what they may."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query, Request

from services.registry.experts import service as experts
from services.registry.experts.fields import AnyCaseCountry, AnyCaseLanguage, optional_query
from services.registry.experts.schemas import SkillSlug
from services.registry.identity.access import MaybeCaller
from services.registry.search import service
from services.registry.search.holder import FacetIndexHolder
from services.registry.search.query import ExpertQuery
from services.registry.search.schemas import ExpertSearchRead
from shared import openapi
from shared.contracts.registry import ExpertRole, OrganisationKind
from shared.http import PoolDep

router = APIRouter(tags=["search"])
Many = Annotated[list[str] | None, optional_query()]
Countries = Annotated[list[AnyCaseCountry] | None, optional_query(
    description="ISO 3166-1 alpha-2 codes, read in any case")]
Languages = Annotated[list[AnyCaseLanguage] | None, optional_query(description="ISO 639-1 codes, read in any case")]


def _cache(request: Request) -> service.FacetCache:
    runtime = request.app.state.runtime
    if getattr(runtime, "facet_cache", None) is None:
        runtime.facet_cache = service.FacetCache()
    return runtime.facet_cache


def _index(request: Request) -> FacetIndexHolder:
    runtime = request.app.state.runtime
    if getattr(runtime, "facet_index", None) is None:
        runtime.facet_index = FacetIndexHolder()
    return runtime.facet_index


# A field hidden from the caller is left out of a profile, not sent as null.
@router.get("/experts", summary="Search experts", response_model=ExpertSearchRead, response_model_exclude_unset=True,
            responses=openapi.problems_for(status_404="No network of that `network_id`"))
async def search_experts(
    caller: MaybeCaller,
    pool: PoolDep,
    cache: Annotated[service.FacetCache, Depends(_cache)],
    index: Annotated[FacetIndexHolder, Depends(_index)],
    q: Annotated[str | None, optional_query(
        max_length=200, description="words in names, skills, bios; typos in names")] = None,
    skill: Annotated[list[SkillSlug] | None, optional_query(description="slugs from GET /skills")] = None,
    city: Many = None, country: Countries = None, language: Languages = None,
    role: Annotated[list[ExpertRole] | None, optional_query()] = None,
    organisation_kind: Annotated[list[OrganisationKind] | None, optional_query()] = None,
    organisation_id: Annotated[list[UUID] | None, optional_query()] = None,
    network_id: Annotated[UUID | None, optional_query(
        description="only experts of the network's organisations")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, optional_query(
        max_length=200, description="`next_cursor` of the previous page")] = None,
):
    """Experts matching every facet given (any of the values within one facet), with counts per facet. Anyone
    may search; anonymous callers see and find public fields only, members of the network more. **422** when a
    skill is not in the taxonomy or `cursor` is not one this search returned; **404** for an unknown
    `network_id`."""
    await experts.require_known_skills(pool, {f"skill[{i}]": slug for i, slug in enumerate(skill or ())})
    filters = {
        "skill": tuple(skill or ()), "city": tuple(city or ()),
        "country": tuple(c.value for c in country or ()), "language": tuple(c.value for c in language or ()),
        "role": tuple(r.value for r in role or ()), "organisation_kind": tuple(k.value for k in organisation_kind or ()),
    }
    query = ExpertQuery(q=q.strip() or None if q else None, filters=filters,
                        organisation_ids=tuple(organisation_id or ()), limit=limit, cursor=cursor)
    return await service.search_experts(pool, caller, query, cache, index, network_id)
