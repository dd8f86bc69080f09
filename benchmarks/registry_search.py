"""How fast the registry answers faceted expert searches over a large network.

    python -m benchmarks.registry_search [--experts 100000] [--organisations 2000] [--queries 400]

Uses KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL when set, else starts its own native
infrastructure. Loads the organisations and experts straight into a fresh registry
schema (the same rows the API would write), starts the registry, then times a mix of
searches over HTTP: skill (with sub-skills), city, country, language, role and
organisation-kind filters, full text in Ukrainian and English, names with typos, and
next pages. `warm` lets repeated facet counts come from the cache; `cold` clears it
before each query. Last line: JSON figures in milliseconds.
"""

import argparse
import asyncio
import json
import random
import statistics
import time

import httpx

from benchmarks.registry_search_data import CITIES, load
from services.registry.app import build
from services.registry.settings import RegistrySettings
from harness.infra import BENCHMARK_PORTS, Infra, provide_infra
from harness.services import run_service, settings_env

ROOTS = ["creative-industries", "digital-technology", "entrepreneurship", "education", "culture-heritage"]
LEAVES = ["design-thinking", "game-design", "data-science", "pitching", "marketing", "curriculum-design",
          "museum-management", "ux-design"]
WORDS = ["дизайн", "workshops", "стартапів", "museum", "data", "освіти", "games", "маркетингу"]
TYPOS = ["Bondarneko", "Shevcenko", "Nurlanov", "Kovalneko", "Oksna", "Tkachneko", "Smiht", "Жаксылыков"]


KINDS = ["root_skill", "leaf_skill_language", "city", "name_typo", "word_country", "role_kind_country", "everything",
         "skill_city_role"]


def query_mix(rng: random.Random) -> dict:
    kind = rng.randrange(8)
    return {"_kind": KINDS[kind], **_params(rng, kind)}


def _params(rng: random.Random, kind: int) -> dict:
    if kind == 0:
        return {"skill": rng.choice(ROOTS)}
    if kind == 1:
        return {"skill": rng.choice(LEAVES), "language": "en"}
    if kind == 2:
        return {"city": rng.choice(CITIES)[0]}
    if kind == 3:
        return {"q": rng.choice(TYPOS)}
    if kind == 4:
        return {"q": rng.choice(WORDS), "country": rng.choice(["UA", "KZ"])}
    if kind == 5:
        return {"role": rng.choice(["coach", "mentor", "speaker"]), "organisation_kind": rng.choice(["business", "university"]),
                "country": "KZ"}
    if kind == 6:
        return {}
    return {"skill": rng.choice(ROOTS), "city": rng.choice(CITIES)[0], "role": rng.choice(["trainer", "facilitator"])}


async def timed(client: httpx.AsyncClient, params: dict, headers: dict) -> float:
    params = {k: v for k, v in params.items() if k != "_kind"}
    started = time.perf_counter()
    response = await client.get("/experts", params=params, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.text
    body = response.json()
    if body["next_cursor"] and random.random() < 0.25:  # a quarter of the time, the next page too
        started = time.perf_counter()
        assert (await client.get("/experts", params={**params, "cursor": body["next_cursor"]},
                                 headers=headers)).status_code == 200
        elapsed = (elapsed + (time.perf_counter() - started) * 1000) / 2
    return elapsed


def percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
            "max_ms": round(ordered[-1], 2)}


async def run(infra: Infra, experts: int, organisations: int, queries: int) -> dict:
    env = settings_env(infra, "registry", REGISTRY_BOOTSTRAP_OPERATOR_EMAIL="bench@example.org",
                       REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD="benchmark-operator")
    settings = RegistrySettings(**env)
    async with run_service(build, settings) as registry:  # migrates the schema
        started = time.perf_counter()
        await load(registry.runtime.pool, experts=experts, organisations=organisations)
        loaded = time.perf_counter() - started
        login = await registry.client.post("/auth/login", json={"email": "bench@example.org",
                                                               "password": "benchmark-operator"})
        member = {"Authorization": f"Bearer {login.json()['access_token']}"}
        rng = random.Random(7)
        mix = [(query_mix(rng), member if rng.random() < 0.5 else {}) for _ in range(queries)]
        for params, headers in mix[:20]:  # warm PostgreSQL's caches and the HTTP path
            await timed(registry.client, params, headers)
        while getattr(registry.runtime, "facet_index", None) is None or registry.runtime.facet_index.index is None:
            await asyncio.sleep(0.2)  # the facet index a running service keeps
        warm = [await timed(registry.client, params, headers) for params, headers in mix]
        cold = []
        for params, headers in mix:
            registry.runtime.facet_cache = None
            cold.append(await timed(registry.client, params, headers))
    by_kind = {kind: percentiles([t for (p, _), t in zip(mix, cold) if p["_kind"] == kind]) for kind in KINDS}
    return {"experts": experts, "organisations": organisations, "queries": queries, "load_seconds": round(loaded, 1),
            "warm": percentiles(warm), "cold": percentiles(cold), "cold_by_kind": by_kind, **percentiles(warm),
            "target_p95_ms": 50}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--experts", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=2_000)
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    with provide_infra("benchmark", BENCHMARK_PORTS) as infra:
        result = asyncio.run(run(infra, args.experts, args.organisations, args.queries))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
