"""Map use cases: the graph, the geographic view by city, network statistics, and the joint events that link
partnerships on it."""

from collections import defaultdict
from uuid import UUID

import asyncpg

from services.registry.experts.domain import Audience
from services.registry.experts.service import audience_of
from services.registry.map import graph, repository
from services.registry.map.gazetteer import locate
from shared.auth import Principal
from shared.contracts.events import EventCancelled, EventPublished
from shared.unit_of_work import UnitOfWork

PREFIX = {Audience.PUBLIC: "pub", Audience.NETWORK: "net"}


def _prefix(caller: Principal | None) -> str:
    return PREFIX[min(audience_of(caller), Audience.NETWORK)]


async def network_graph(pool: asyncpg.Pool, caller: Principal | None, **scope) -> dict:
    async with pool.acquire() as conn:
        return (await graph.build(conn, _prefix(caller), **scope)).as_json()


async def geojson(pool: asyncpg.Pool, caller: Principal | None, *, network_id: UUID | None, skill: str | None) -> dict:
    """Organisations and experts aggregated by city, as a GeoJSON FeatureCollection ([longitude, latitude])."""
    async with pool.acquire() as conn:
        ids = await repository.organisation_ids_of(conn, network_id)
        organisations = [] if skill else await repository.organisations_by_city(conn, ids)
        experts = await repository.experts_by_city(conn, _prefix(caller), ids, skill)
    cities: dict[tuple[str, str], dict] = defaultdict(lambda: {"organisations": 0, "experts": 0})
    for row in organisations:
        cities[(row["city"], row["country"])]["organisations"] += row["n"]
    for row in experts:
        cities[(row["city"], row["country"])]["experts"] += row["n"]
    features, unlocated = [], []
    for (city, country), count in sorted(cities.items()):
        point = locate(city, country)
        if point is None:
            unlocated.append({"city": city, "country": country, **count})
            continue
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": list(point)},
                         "properties": {"city": city, "country": country, **count}})
    return {"type": "FeatureCollection", "features": features, "unlocated": unlocated}


async def statistics(pool: asyncpg.Pool, caller: Principal | None, *, network_id: UUID | None) -> dict:
    prefix = _prefix(caller)
    async with pool.acquire() as conn:
        ids = await repository.organisation_ids_of(conn, network_id)
        counts = await repository.counts(conn, prefix, ids)
        by_city = {}
        for row in await repository.organisations_by_city(conn, ids):
            by_city.setdefault(f"{row['city']}, {row['country']}", {"organisations": 0, "experts": 0})["organisations"] = row["n"]
        for row in await repository.experts_by_city(conn, prefix, ids, None):
            by_city.setdefault(f"{row['city']}, {row['country']}", {"organisations": 0, "experts": 0})["experts"] = row["n"]
        connected = await repository.most_connected(conn, ids)
    return {**counts, "by_city": dict(sorted(by_city.items())), "most_connected_organisations": connected}


async def on_event_published(uow: UnitOfWork, event: EventPublished) -> None:
    """A published event with several organising partnerships links them on the map."""
    await repository.save_joint_event(
        uow.conn, event_id=event.aggregate_id, title=event.title, starts_at=event.starts_at, city=event.city,
        country=event.country, partnership_ids=[o.partnership_id for o in event.organisers if o.partnership_id],
        as_of=event.occurred_at)


async def on_event_cancelled(uow: UnitOfWork, event: EventCancelled) -> None:
    await repository.cancel_joint_event(uow.conn, event.aggregate_id, event.occurred_at)
