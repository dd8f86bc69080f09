"""The network graph over HTTP: every node and edge kind, joint events learned from Kafka, the search's filters."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from harness.kafka import publish_events
from harness.services import eventually
from shared.contracts.events import EventPublished, Organiser

pytestmark = pytest.mark.integration


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
    [venue] = [n for n in result["nodes"] if n["kind"] == "resource"]
    assert venue["organisation_id"] == world["orgs"][3]["id"] and venue["resource_kind"] == "venue"
    assert (result["truncated"], result["experts_in_scope"]) == (False, 3)


async def test_a_joint_event_published_by_the_events_service_links_its_organisers(infra, registry, world):
    starts = datetime.now(UTC) + timedelta(days=9)
    event = EventPublished(
        aggregate_id=uuid.uuid4(), title="Joint Jam", kind="workshop", starts_at=starts,
        ends_at=starts + timedelta(hours=2), timezone="Europe/Kyiv", city="Kharkiv", country="UA", venue="1 Sq",
        online_url=None, ticket_types=(),
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
    assert unknown.status_code == 422 and unknown.json()["detail"] == "skill[0]: unknown skill 'basket-weaving'"


async def test_the_search_filters_apply_as_the_expert_search_reads_them(registry, world):
    by_language = await graph(registry, world, language="kk")
    assert kinds(by_language, "expert") == {"Askar Coder"} and kinds(by_language, "organisation") == {"Almaty College"}
    assert kinds(by_language, "partnership") == {"Map P2"}
    assert kinds(await graph(registry, world, role=["coach", "mentor"]), "expert") == {"Olha Designer", "Askar Coder"}
    by_words = await graph(registry, world, q="Olha Desinger")  # a typo in a name, as the search forgives it
    assert kinds(by_words, "expert") == {"Olha Designer"} and kinds(by_words, "organisation") == {"KhNU"}
    by_country = await graph(registry, world, country="kz")
    assert kinds(by_country, "organisation") == {"Almaty College", "Almaty Studio"}
    assert kinds(by_country, "resource") == {"Studio hall"} and "Olha Designer" not in kinds(by_country, "expert")
    by_kind = await graph(registry, world, organisation_kind="it_cluster")
    assert kinds(by_kind, "organisation") == {"Kharkiv IT"} and kinds(by_kind, "expert") == set()


async def test_too_many_experts_are_cut_by_name_and_counted(registry, world):
    result = await graph(registry, world, max_experts=2)
    assert kinds(result, "expert") == {"Askar Coder", "Hidden Place"}
    assert (result["truncated"], result["experts_in_scope"]) == (True, 3)
    none = await graph(registry, world, max_experts=0)
    assert kinds(none, "expert") == set() and (none["truncated"], none["experts_in_scope"]) == (True, 3)


async def test_bad_filters_are_named(registry, world):
    missing = await registry.client.get("/map/graph", params={"network_id": str(uuid.uuid4())})
    assert missing.status_code == 404 and missing.json()["detail"].startswith("network_id: no network")
    country = await registry.client.get("/map/graph", params={"country": ["UA", "Ukraine"]})
    assert country.status_code == 422 and country.json()["detail"] == (
        "query.country[1]: 'Ukraine' is not an ISO 3166-1 alpha-2 country code")


async def test_a_network_only_location_is_hidden_from_the_public_map(registry, world):
    public = {n["label"]: n for n in (await graph(registry, world))["nodes"]}
    assert public["Hidden Place"]["city"] is None
    assert {n["label"] for n in (await graph(registry, world, city="Almaty"))["nodes"] if n["kind"] == "expert"} == {
        "Askar Coder"}
    member = {n["label"]: n for n in (await graph(registry, world, headers=world["member"]))["nodes"]}
    assert member["Hidden Place"]["city"] == "Almaty"
