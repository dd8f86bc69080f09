"""The network on a map: organisations and experts counted by city, and who is in one city."""

from collections import defaultdict
from dataclasses import replace

import asyncpg

from services.registry.map import repository as read
from services.registry.map.domain import Scope
from services.registry.map.gazetteer import locate

CITY_LIST_LIMIT = 50  # names listed for one city; the totals count them all


async def collection(conn: asyncpg.Connection, prefix: str, scope: Scope) -> dict:
    """A GeoJSON FeatureCollection of cities ([longitude, latitude]); cities the gazetteer lacks are `unlocated`."""
    ids = await read.organisation_ids_of(conn, scope.network_id)
    cities: dict[tuple[str, str], dict] = defaultdict(lambda: {"organisations": 0, "experts": 0})
    for row in await read.organisations(conn, ids, scope, prefix):
        cities[(row["city"], row["country"])]["organisations"] += 1
    for row in await read.expert_places(conn, prefix, scope.experts(ids, 0)):
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


async def city(conn: asyncpg.Connection, prefix: str, scope: Scope, *, city: str, country: str) -> dict:
    """The organisations and experts of one city in the scope, by name."""
    answer = {"city": city, "country": country, "organisations": [], "organisations_total": 0, "experts": [],
              "experts_total": 0}
    outside = (scope.city and city.lower() not in {c.lower() for c in scope.city}) or (
        scope.country and country not in scope.country)
    if outside:
        return answer  # outside the filters: nothing of it is on the map
    here = replace(scope, city=(city,), country=(country,))
    ids = await read.organisation_ids_of(conn, scope.network_id)
    organisations = await read.organisations(conn, ids, here, prefix)
    experts = await read.experts(conn, prefix, here.experts(ids, CITY_LIST_LIMIT))
    return answer | {
        "organisations": [{"id": o["id"], "name": o["name"], "kind": o["kind"]}
                          for o in organisations[:CITY_LIST_LIMIT]],
        "organisations_total": len(organisations),
        "experts": [{"id": e["id"], "name": e["name"]} for e in experts],
        "experts_total": experts[0]["total"] if experts else 0,
    }
