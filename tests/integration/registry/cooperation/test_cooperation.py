"""Resources and cooperation requests over real HTTP and Kafka: the state machine as users drive it."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def network(registry):
    """Partnership P1 (admin `a`) asks partnership P2 (admin `c`, with an expert and a venue)."""
    _, a = await new_user(registry.client, "p1-admin")
    _, c = await new_user(registry.client, "p2-admin")
    _, stranger = await new_user(registry.client, "stranger")
    orgs = [await organisation(registry.client, h, n) for h, n in ((a, "A"), (a, "B"), (c, "C"), (c, "D"))]

    async def partnership(name, lead, partner, headers):
        members = [{"organisation_id": lead["id"], "role": "lead"}, {"organisation_id": partner["id"], "role": "partner"}]
        response = await registry.client.post("/partnerships", json={"name": name, "members": members}, headers=headers)
        assert response.status_code == 201, response.text
        return response.json()

    p1, p2 = await partnership("P1", orgs[0], orgs[1], a), await partnership("P2", orgs[2], orgs[3], c)
    expert = (await registry.client.post("/experts", headers=c, json={
        "name": "Dana Coach", "organisation_ids": [orgs[2]["id"]], "skills": ["pitching"]})).json()
    venue = await registry.client.post("/resources", headers=c, json={
        "kind": "venue", "organisation_id": orgs[3]["id"], "title": "Maker space", "quantity": 1,
        "city": "Almaty", "country": "KZ", "conditions": "weekdays only"})
    assert venue.status_code == 201, venue.text
    return {"a": a, "c": c, "stranger": stranger, "p1": p1, "p2": p2, "expert": expert, "venue": venue.json(),
            "orgs": orgs}


def ask_body(network, **changes) -> dict:
    starts = date.today() + timedelta(days=10)
    return {"requesting_partnership_id": network["p1"]["id"], "requested_partnership_id": network["p2"]["id"],
            "expert_id": network["expert"]["id"], "purpose": "project", "starts_on": starts.isoformat(),
            "ends_on": (starts + timedelta(days=2)).isoformat(), "message": "Coach our pitch day?", **changes}


async def test_an_expert_is_requested_and_accepted_and_the_bus_hears_both(infra, registry, network):
    async with TopicReader(infra.bootstrap_servers, "registry.cooperation.v1") as reader:
        asked = await registry.client.post("/cooperation-requests", json=ask_body(network), headers=network["a"])
        assert asked.status_code == 201, asked.text
        request = asked.json()
        answered = await registry.client.post(f"/cooperation-requests/{request['id']}/answer",
                                              json={"outcome": "accepted"}, headers=network["c"])
        assert answered.status_code == 200 and answered.json()["status"] == "accepted"
        first = await reader.wait_for(lambda v: v["aggregate_id"] == request["id"] and v["type"] == "CooperationRequested")
        second = await reader.wait_for(lambda v: v["aggregate_id"] == request["id"] and v["type"] != "CooperationRequested")
    assert json.loads(first.value)["expert_id"] == network["expert"]["id"] and first.key == request["id"].encode()
    assert json.loads(second.value)["outcome"] == "accepted"
    again = await registry.client.post(f"/cooperation-requests/{request['id']}/answer",
                                       json={"outcome": "declined"}, headers=network["c"])
    assert again.status_code == 409 and "is accepted: only a pending request can be declined" in again.json()["detail"]


@pytest.mark.parametrize(("outcome", "who", "status"), [
    ("accepted", "a", 403), ("declined", "a", 403), ("withdrawn", "c", 403), ("accepted", "stranger", 403),
    ("declined", "c", 200), ("withdrawn", "a", 200),
])
async def test_only_the_requested_side_answers_and_only_the_requesting_side_withdraws(registry, network, outcome, who,
                                                                                      status):
    request = (await registry.client.post("/cooperation-requests", json=ask_body(network), headers=network["a"])).json()
    response = await registry.client.post(f"/cooperation-requests/{request['id']}/answer", json={"outcome": outcome},
                                          headers=network[who])
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json()["status"] == outcome


async def test_a_resource_can_be_requested_and_a_stranger_neither_asks_nor_sees(registry, network):
    body = ask_body(network, expert_id=None, resource_id=network["venue"]["id"])
    assert (await registry.client.post("/cooperation-requests", json=body, headers=network["stranger"])).status_code == 403
    request = (await registry.client.post("/cooperation-requests", json=body, headers=network["a"])).json()
    assert request["resource_id"] == network["venue"]["id"]
    assert (await registry.client.get(f"/cooperation-requests/{request['id']}", headers=network["stranger"])).status_code == 404
    listed = (await registry.client.get("/cooperation-requests", headers=network["c"])).json()["items"]
    assert request["id"] in {r["id"] for r in listed}
    assert (await registry.client.get("/cooperation-requests", headers=network["stranger"])).json()["items"] == []


async def test_an_unanswered_request_expires_by_itself(infra, registry, network):
    respond_by = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
    async with TopicReader(infra.bootstrap_servers, "registry.cooperation.v1") as reader:
        request = (await registry.client.post("/cooperation-requests", json=ask_body(network, respond_by=respond_by),
                                              headers=network["a"])).json()
        expired = await reader.wait_for(lambda v: v["aggregate_id"] == request["id"] and v.get("outcome") == "expired")
    assert expired.key == request["id"].encode()
    shown = (await registry.client.get(f"/cooperation-requests/{request['id']}", headers=network["a"])).json()
    assert shown["status"] == "expired"


@pytest.mark.parametrize(("changes", "message"), [
    ({"requested_partnership_id": "00000000-0000-0000-0000-000000000000"},
     "requested_partnership_id: unknown partnership 00000000-0000-0000-0000-000000000000"),
    ({"requested_partnership_id": "P1"}, "does not ask itself"),
    ({"expert_id": "00000000-0000-0000-0000-000000000001"}, "expert_id: unknown expert"),
    ({"starts_on": "2020-01-01", "ends_on": "2020-01-02"}, "starts_on: must be in the future"),
])
async def test_bad_requests_are_refused_precisely_and_nothing_is_written(registry, network, changes, message):
    if changes.get("requested_partnership_id") == "P1":
        changes["requested_partnership_id"] = network["p1"]["id"]
    before = (await registry.client.get("/cooperation-requests", params={"limit": 200}, headers=network["a"])).json()
    response = await registry.client.post("/cooperation-requests", json=ask_body(network, **changes), headers=network["a"])
    assert response.status_code == 422 and message in response.json()["detail"]
    after = (await registry.client.get("/cooperation-requests", params={"limit": 200}, headers=network["a"])).json()
    assert len(after["items"]) == len(before["items"])


async def test_an_expert_of_another_partnership_is_not_requested_from_p2(registry, network):
    mine = (await registry.client.post("/experts", headers=network["a"], json={
        "name": "Not P2's", "organisation_ids": [network["orgs"][0]["id"]]})).json()
    response = await registry.client.post("/cooperation-requests", json=ask_body(network, expert_id=mine["id"]),
                                          headers=network["a"])
    assert response.status_code == 422 and "is not affiliated with a member of partnership" in response.json()["detail"]


async def test_resources_are_listed_found_and_withdrawn_by_their_owners_admins(infra, registry, network):
    venue = network["venue"]
    found = (await registry.client.get("/resources", params={"q": "maker", "city": "almaty"})).json()["items"]
    assert venue["id"] in {r["id"] for r in found}
    body = {"kind": "funding", "organisation_id": network["orgs"][3]["id"], "title": "Seed grant", "quantity": 2,
            "city": "Almaty", "country": "KZ"}
    assert (await registry.client.post("/resources", json=body, headers=network["a"])).status_code == 403
    async with TopicReader(infra.bootstrap_servers, "registry.resource.v1") as reader:
        grant = (await registry.client.post("/resources", json=body, headers=network["c"])).json()
        gone = await registry.client.delete(f"/resources/{grant['id']}", headers=network["c"])
        assert gone.status_code == 200 and gone.json()["status"] == "withdrawn"
        await reader.wait_for(lambda v: v["aggregate_id"] == grant["id"] and v["type"] == "ResourceWithdrawn")
    bad = await registry.client.post("/resources", json={**body, "quantity": 0}, headers=network["c"])
    assert bad.status_code == 422 and "quantity" in bad.json()["detail"]
