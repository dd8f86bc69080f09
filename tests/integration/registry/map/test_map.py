"""The expert map over HTTP: graph with every edge kind, joint events learned from Kafka, GeoJSON, statistics."""

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from shared.contracts.events import EventPublished, Organiser
from tests.integration.registry.helpers import new_user, organisation
from harness.kafka import publish_events
from harness.services import eventually

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def world(registry, operator):
    """Network N: P1 (Kharkiv university + IT cluster) and P2 (Almaty college + business); experts, a venue."""
    _, admin = await new_user(registry.client, "map-admin")
    _, member = await new_user(registry.client, "map-member")
    await organisation(registry.client, member, "Member's org", city="Lviv")
    orgs = [await organisation(registry.client, admin, name, kind=kind, city=city, country=country)
            for name, kind, city, country in (("KhNU", "university", "Kharkiv", "UA"), ("Kharkiv IT", "it_cluster", "Kharkiv", "UA"),
                                              ("Almaty College", "college", "Almaty", "KZ"), ("Almaty Studio", "business", "Алмати", "KZ"))]

    async def partnership(name, a, b):
        members = [{"organisation_id": a["id"], "role": "lead"}, {"organisation_id": b["id"], "role": "partner"}]
        return (await registry.client.post("/partnerships", headers=admin, json={"name": name, "members": members})).json()

    p1, p2 = await partnership("Map P1", orgs[0], orgs[1]), await partnership("Map P2", orgs[2], orgs[3])
    network = (await registry.client.post("/networks", headers=operator, json={
        "name": f"Map network {uuid.uuid4().hex[:6]}", "partnership_ids": [p1["id"], p2["id"]]})).json()
    experts = {}
    for name, org, skills, city, country, visibility in (
            ("Olha Designer", orgs[0], ["design-thinking"], "Kharkiv", "UA", {}),
            ("Askar Coder", orgs[2], ["software-engineering"], "Almaty", "KZ", {}),
            ("Hidden Place", orgs[3], ["game-design"], "Almaty", "KZ", {"location": "network"})):
        experts[name] = (await registry.client.post("/experts", headers=admin, json={
            "name": name, "organisation_ids": [org["id"]], "skills": skills, "city": city, "country": country,
            "visibility": visibility})).json()
    venue = (await registry.client.post("/resources", headers=admin, json={
        "kind": "venue", "organisation_id": orgs[3]["id"], "title": "Studio hall", "city": "Almaty",
        "country": "KZ"})).json()
    starts = (date.today() + timedelta(days=5)).isoformat()
    request = (await registry.client.post("/cooperation-requests", headers=admin, json={
        "requesting_partnership_id": p1["id"], "requested_partnership_id": p2["id"], "resource_id": venue["id"],
        "purpose": "project", "starts_on": starts, "ends_on": starts})).json()
    await registry.client.post(f"/cooperation-requests/{request['id']}/answer", headers=admin, json={"outcome": "accepted"})
    return {"network": network, "p1": p1, "p2": p2, "orgs": orgs, "experts": experts, "venue": venue,
            "member": member}


async def graph(registry, world, headers=None, **params) -> dict:
    response = await registry.client.get("/map/graph", params={"network_id": world["network"]["id"], **params},
                                         headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


def kinds(result: dict, kind: str) -> set[str]:
    return {n["label"] for n in result["nodes"] if n["kind"] == kind}


def edge_kinds(result: dict) -> set[str]:
    return {e["kind"] for e in result["edges"]}


async def test_the_graph_holds_every_kind_of_node_and_edge(registry, world):
    result = await graph(registry, world)
    assert kinds(result, "partnership") == {"Map P1", "Map P2"}
    assert kinds(result, "expert") == {"Olha Designer", "Askar Coder", "Hidden Place"}
    assert kinds(result, "resource") == {"Studio hall"} and len(kinds(result, "network")) == 1
    assert {"network_membership", "membership", "affiliation", "ownership", "cooperation"} <= edge_kinds(result)


async def test_a_joint_event_published_by_the_events_service_links_its_organisers(infra, registry, world):
    starts = datetime.now(UTC) + timedelta(days=9)
    event = EventPublished(
        aggregate_id=uuid.uuid4(), title="Joint Jam", kind="workshop", starts_at=starts, ends_at=starts + timedelta(hours=2),
        timezone="Europe/Kyiv", city="Kharkiv", country="UA", venue="1 Sq", online_url=None, ticket_types=(),
        organisers=(Organiser(partnership_id=world["p1"]["id"], lead=True, revenue_share_bps=6000),
                    Organiser(partnership_id=world["p2"]["id"], lead=False, revenue_share_bps=4000)))
    await publish_events(infra.bootstrap_servers, event, event)  # redelivered: still one edge

    async def linked():
        edges = [e for e in (await graph(registry, world))["edges"] if e["kind"] == "joint_event"]
        return edges if edges else None

    [edge] = await eventually(linked)
    assert {edge["source"], edge["target"]} == {world["p1"]["id"], world["p2"]["id"]} and edge["title"] == "Joint Jam"


async def test_filtering_by_skill_and_city(registry, world):
    by_skill = await graph(registry, world, skill="creative-industries")
    assert kinds(by_skill, "expert") == {"Olha Designer", "Hidden Place"}
    assert kinds(by_skill, "organisation") == {"KhNU", "Almaty Studio"}
    by_city = await graph(registry, world, city="kharkiv")
    assert kinds(by_city, "organisation") == {"KhNU", "Kharkiv IT"} and kinds(by_city, "expert") == {"Olha Designer"}
    assert kinds(by_city, "partnership") == {"Map P1"}
    unknown = await registry.client.get("/map/graph", params={"skill": "basket-weaving"})
    assert unknown.status_code == 422 and unknown.json()["detail"] == "skill: unknown skill 'basket-weaving'"


async def test_a_network_only_location_is_hidden_from_the_public_map(registry, world):
    public = {n["label"]: n for n in (await graph(registry, world))["nodes"]}
    assert public["Hidden Place"]["city"] is None
    member = {n["label"]: n for n in (await graph(registry, world, headers=world["member"]))["nodes"]}
    assert member["Hidden Place"]["city"] == "Almaty"


async def test_geojson_aggregates_by_city_with_gazetteer_coordinates(registry, world):
    response = await registry.client.get("/map/geo", params={"network_id": world["network"]["id"]})
    features = {f["properties"]["city"]: f for f in response.json()["features"]}
    kharkiv = features["Kharkiv"]
    assert kharkiv["geometry"]["coordinates"] == pytest.approx([36.25, 49.98], abs=0.05)
    assert (kharkiv["properties"]["organisations"], kharkiv["properties"]["experts"]) == (2, 1)
    assert features["Almaty"]["properties"] == {"city": "Almaty", "country": "KZ", "organisations": 1, "experts": 1}
    assert features["Алмати"]["geometry"]["coordinates"] == features["Almaty"]["geometry"]["coordinates"]
    member = await registry.client.get("/map/geo", params={"network_id": world["network"]["id"]},
                                       headers=world["member"])
    assert {f["properties"]["city"]: f["properties"]["experts"] for f in member.json()["features"]}["Almaty"] == 2


async def test_statistics_count_by_kind_city_and_skill_and_rank_connected_organisations(registry, world):
    stats = (await registry.client.get("/map/stats", params={"network_id": world["network"]["id"]})).json()
    assert stats["organisations_by_kind"] == {"business": 1, "college": 1, "it_cluster": 1, "university": 1}
    assert (stats["experts"], stats["partnerships"], stats["resources_by_kind"]) == (3, 2, {"venue": 1})
    assert stats["experts_by_skill"]["creative-industries"] == 2
    assert stats["by_city"]["Kharkiv, UA"] == {"organisations": 2, "experts": 1}
    top = stats["most_connected_organisations"][0]
    assert (top["name"], top["connections"]) == ("Almaty Studio", 3)
