"""The registry's demo network loads through the public API, as `deploy/sparknet up` loads it."""

import asyncio

import httpx
import pytest

from deploy import demo_registry
from tests.integration.registry.helpers import organisation

pytestmark = pytest.mark.integration


async def test_the_demo_network_loads_and_shows_on_the_map(registry, operator):
    lviv = [await organisation(registry.client, operator, name, city="Lviv") for name in ("Demo A", "Demo B")]
    members = [{"organisation_id": lviv[0]["id"], "role": "lead"}, {"organisation_id": lviv[1]["id"], "role": "partner"}]
    partnership = (await registry.client.post("/partnerships", headers=operator,
                                              json={"name": "Demo Lviv", "members": members})).json()

    def load() -> dict:
        with httpx.Client(timeout=30) as client:
            return demo_registry.seed_network(client, registry.base_url, operator, partnership["id"])

    network = await asyncio.to_thread(load)
    stats = (await registry.client.get("/map/stats", params={"network_id": network["id"]})).json()
    assert stats["partnerships"] == 3 and stats["experts"] == len(demo_registry.EXPERTS)
    cities = {f["properties"]["city"] for f in (await registry.client.get(
        "/map/geo", params={"network_id": network["id"]})).json()["features"]}
    assert {"Kharkiv", "Almaty", "Astana", "Manchester", "London", "Lviv"} <= cities
