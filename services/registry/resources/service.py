"""Resource use cases: an organisation's admins list, change and withdraw what it offers; anyone finds them,
in a list or by city on a map."""

from dataclasses import asdict
from uuid import UUID

import asyncpg

from services.registry.identity.domain import caller_must_administer
from services.registry.organisations import repository as organisations
from services.registry.resources import repository
from services.registry.map.gazetteer import locate
from services.registry.resources.domain import Resource, ResourceQuery
from services.registry.resources.schemas import CityFeature, CityPoint, CityResources, ResourceGeo, ResourceRead
from shared.auth import Principal
from shared.contracts.registry import ResourceKind
from shared.errors import NotFound
from shared.http import Page
from shared.unit_of_work import UnitOfWork


async def list_resource(*, pool: asyncpg.Pool, caller: Principal, **fields) -> Resource:
    resource = Resource.offer(**fields)
    caller_must_administer(caller, resource.organisation_id)
    async with UnitOfWork(pool) as uow:
        if not await organisations.exists(uow.conn, resource.organisation_id):
            raise NotFound(f"organisation {resource.organisation_id} not found")
        await repository.save(uow.conn, resource)
        uow.collect(resource)
    return resource


async def change(*, pool: asyncpg.Pool, caller: Principal, resource_id: UUID, **changes) -> Resource:
    async with UnitOfWork(pool) as uow:
        updated = (await _owned(uow.conn, caller, resource_id)).changed(**changes)
        await repository.save(uow.conn, updated)
        uow.collect(updated)
    return updated


async def withdraw(*, pool: asyncpg.Pool, caller: Principal, resource_id: UUID) -> Resource:
    async with UnitOfWork(pool) as uow:
        gone = (await _owned(uow.conn, caller, resource_id)).withdrawn()
        await repository.save(uow.conn, gone)
        uow.collect(gone)
    return gone


async def read(*, pool: asyncpg.Pool, resource_id: UUID) -> ResourceRead:
    async with pool.acquire() as conn:
        resource = await repository.load(conn, resource_id)
    if resource is None:
        raise NotFound(f"resource {resource_id} not found")
    return read_model(resource)


async def search(*, pool: asyncpg.Pool, query: ResourceQuery, limit: int, cursor: UUID | None) -> Page[ResourceRead]:
    async with pool.acquire() as conn:
        rows = await repository.search(conn, query, limit=limit + 1, after=cursor)
    return Page[ResourceRead].of([ResourceRead.model_validate(r) for r in rows], limit)


async def by_city(*, pool: asyncpg.Pool, query: ResourceQuery) -> ResourceGeo:
    """Matching resources counted per city and kind, placed by the offline gazetteer."""
    async with pool.acquire() as conn:
        rows = await repository.count_by_city(conn, query)
    cities: dict[tuple[str, str], CityResources] = {}
    for row in rows:
        city = cities.setdefault((row["city"], row["country"]), CityResources(
            city=row["city"], country=row["country"], resources=0, by_kind={}))
        city.resources += row["n"]
        city.by_kind[ResourceKind(row["kind"])] = row["n"]
    geo = ResourceGeo(features=[], unlocated=[])
    for (name, country), city in cities.items():
        point = locate(name, country)
        if point is None:
            geo.unlocated.append(city)
        else:
            geo.features.append(CityFeature(geometry=CityPoint(coordinates=point), properties=city))
    return geo


def read_model(resource: Resource) -> ResourceRead:
    return ResourceRead.model_validate({k: v for k, v in asdict(resource).items() if k != "events"})


async def _owned(conn: asyncpg.Connection, caller: Principal, resource_id: UUID) -> Resource:
    """The resource, locked, if the caller administers its organisation (or operates the platform)."""
    resource = await repository.load(conn, resource_id, lock=True)
    if resource is None:
        raise NotFound(f"resource {resource_id} not found")
    caller_must_administer(caller, resource.organisation_id)
    return resource
