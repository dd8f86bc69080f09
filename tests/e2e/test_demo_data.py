"""The demo data loads through the four services' public APIs, as `deploy/sparknet up` loads it, and only once."""

import asyncio
import time

import httpx
import pytest

from deploy import demo_data, demo_events, demo_organisations, demo_people, demo_resources
from deploy.demo_partnerships import NETWORKS, PARTNERSHIPS
from tests.e2e.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


@pytest.fixture(scope="module")
async def loaded(platform, tmp_path_factory):
    urls = {name: service.url for name, service in platform.items()}
    run_dir = tmp_path_factory.mktemp("run")
    started = time.monotonic()
    first = await asyncio.to_thread(demo_data.seed, urls, run_dir, (OPERATOR_EMAIL, OPERATOR_PASSWORD))
    print(f"\nthe demo data took {time.monotonic() - started:.1f} s to load")
    return urls, run_dir, first


async def test_the_registry_holds_the_networks_with_their_organisations_and_experts(loaded):
    urls, _, first = loaded
    async with httpx.AsyncClient(base_url=urls["registry"], timeout=30) as registry:
        stats = (await registry.get("/map/stats")).json()
        assert sum(stats["organisations_by_kind"].values()) == len(demo_organisations.ORGANISATIONS)
        assert stats["partnerships"] == len(PARTNERSHIPS) and stats["experts"] == demo_people.EXPERTS
        assert set(stats["resources_by_kind"]) == {r[0] for r in demo_resources.RESOURCES}
        networks = {n["name"]: n for n in (await registry.get("/networks")).json()}
        for name, _, partnerships, _ in NETWORKS.values():
            assert len(networks[name]["partnership_ids"]) == len(partnerships)
            assert len(networks[name]["champions"]) == 1
        geo = (await registry.get("/map/geo")).json()
        assert geo["unlocated"] == []
        cities = {f["properties"]["city"] for f in geo["features"]}
        assert {"Kyiv", "Kharkiv", "Lviv", "Odesa", "Dnipro", "Almaty", "Astana", "Shymkent", "Karaganda",
                "London", "Manchester", "Glasgow", "Cardiff", "Berlin", "Munich", "Hamburg", "Leipzig",
                "Cologne"} <= cities
        graph = (await registry.get("/map/graph", params={"max_experts": 5000})).json()
        kinds = {e["kind"] for e in graph["edges"]}
        assert {"network_membership", "membership", "affiliation", "ownership", "cooperation", "joint_event"} <= kinds
    assert first["counts"]["experts"] == demo_people.EXPERTS


async def test_the_events_are_on_sale_with_their_vouchers(loaded, platform):
    urls, _, first = loaded
    async with httpx.AsyncClient(timeout=30) as http:
        page = (await http.get(f"{urls['events']}/events", params={"limit": 100})).json()
        events = {e["id"]: e for e in page["items"]}
        assert set(first["event_ids"]) <= set(events) and len(first["event_ids"]) == len(demo_events.EVENTS)
        titles = {e["title"] for e in events.values()}
        assert "Design Thinking Master Class" in titles
        assert {e["timezone"] for e in events.values()} == {"Europe/Kyiv", "Asia/Almaty", "Europe/London",
                                                            "Europe/Berlin"}
        assert any(len(e["organisers"]) > 1 for e in events.values())
        login = (await http.post(f"{urls['registry']}/auth/login",
                                 json={"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD})).json()
        operator = {"Authorization": f"Bearer {login['access_token']}"}
        for event in events.values():
            assert event["sessions"] and all(s["speakers"] for s in event["sessions"])
            vouchers = (await http.get(f"{urls['billing']}/events/{event['id']}/vouchers", headers=operator)).json()
            paid = any(t["price"]["amount"] for t in event["ticket_types"])
            assert [v["code"] for v in vouchers] == (["SPARK10"] if paid else [])


async def test_a_second_load_adds_nothing_even_without_its_marker(loaded):
    urls, run_dir, _ = loaded

    async def counts() -> tuple:
        async with httpx.AsyncClient(timeout=30) as http:
            stats = (await http.get(f"{urls['registry']}/map/stats")).json()
            networks = (await http.get(f"{urls['registry']}/networks")).json()
            events = (await http.get(f"{urls['events']}/events", params={"limit": 100})).json()["items"]
            return stats["experts"], stats["partnerships"], len(networks), len(events)

    before = await counts()
    assert await asyncio.to_thread(demo_data.seed, urls, run_dir, (OPERATOR_EMAIL, OPERATOR_PASSWORD)) is None
    (run_dir / "demo-data.json").unlink()
    assert await asyncio.to_thread(demo_data.seed, urls, run_dir, (OPERATOR_EMAIL, OPERATOR_PASSWORD)) is None
    assert await counts() == before
