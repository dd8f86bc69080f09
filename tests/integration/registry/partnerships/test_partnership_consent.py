"""A joining organisation is pending until one of its own admins accepts; only then does it become a member."""

import json
import uuid

import pytest

from harness.kafka import TopicReader
from tests.integration.registry.helpers import new_user, organisation

pytestmark = pytest.mark.integration


@pytest.fixture
async def world(registry):
    """Organisation A with its admin, organisations B and C each with their own, and an outsider."""
    headers = {}
    orgs = {}
    for name in ("a", "b", "c", "outsider"):
        _, headers[name] = await new_user(registry.client, f"consent-{name}")
        if name != "outsider":
            orgs[name] = await organisation(registry.client, headers[name], f"Consent org {name} {uuid.uuid4().hex[:6]}")
    return orgs, headers


async def on_the_map(registry, partnership_id: str) -> set[str]:
    """The organisations the network graph draws as members of the partnership."""
    response = await registry.client.get("/map/graph", params={"max_experts": 0})
    assert response.status_code == 200, response.text
    edges = response.json()["edges"]
    return {e["target"] for e in edges if e["kind"] == "membership" and e["source"] == partnership_id}


def proposal(orgs, lead="a", partners=("b",)) -> dict:
    members = [{"organisation_id": orgs[lead]["id"], "role": "lead"}]
    members += [{"organisation_id": orgs[p]["id"], "role": "partner"} for p in partners]
    return {"name": "Consent partnership", "members": members}


async def test_a_partner_is_pending_until_its_admin_accepts(infra, registry, world):
    orgs, headers = world
    async with TopicReader(infra.bootstrap_servers, "registry.partnership.v1") as reader:
        response = await registry.client.post("/partnerships", json=proposal(orgs), headers=headers["a"])
        assert response.status_code == 201, response.text
        formed = response.json()
        record = await reader.wait_for(lambda v: v["aggregate_id"] == formed["id"])
        assert [m["organisation_id"] for m in json.loads(record.value)["members"]] == [orgs["a"]["id"]]
        assert formed["members"] == [{"organisation_id": orgs["a"]["id"], "role": "lead", "status": "active"}]
        assert formed["pending_members"] == [{"organisation_id": orgs["b"]["id"], "role": "partner",
                                              "status": "pending"}]
        url = f"/partnerships/{formed['id']}"
        for who in ("anonymous", "outsider", "c"):
            seen = (await registry.client.get(url, headers=headers.get(who, {}))).json()
            assert (len(seen["members"]), seen["pending_members"]) == (1, []), who
        assert (await registry.client.get(url, headers=headers["b"])).json()["pending_members"] != []
        listed = (await registry.client.get("/partnerships", params={"organisation_id": orgs["b"]["id"]})).json()
        assert listed["items"] == []
        assert await on_the_map(registry, formed["id"]) == {orgs["a"]["id"]}

        for who in ("a", "c", "outsider"):
            refused = await registry.client.post(f"{url}/members/{orgs['b']['id']}/accept", headers=headers[who])
            assert refused.status_code == 403, who
            assert f"accepting needs an admin of organisation {orgs['b']['id']}" in refused.json()["detail"]
        accepted = await registry.client.post(f"{url}/members/{orgs['b']['id']}/accept", headers=headers["b"])
        assert accepted.status_code == 200, accepted.text
        assert {m["organisation_id"] for m in accepted.json()["members"]} == {orgs["a"]["id"], orgs["b"]["id"]}
        assert accepted.json()["pending_members"] == []
        assert await on_the_map(registry, formed["id"]) == {orgs["a"]["id"], orgs["b"]["id"]}
        joined = await reader.wait_for(lambda v: v["aggregate_id"] == formed["id"]
                                       and v["type"] == "PartnershipMemberAdded")
    assert json.loads(joined.value)["organisation_id"] == orgs["b"]["id"]
    assert len(json.loads(joined.value)["members"]) == 2
    again = await registry.client.post(f"{url}/members/{orgs['b']['id']}/accept", headers=headers["b"])
    assert again.status_code == 409 and "already a member" in again.json()["detail"]


async def test_a_pending_partner_may_decline_and_a_member_may_invite(registry, world):
    orgs, headers = world
    formed = (await registry.client.post("/partnerships", json=proposal(orgs, partners=("b", "c")),
                                         headers=headers["a"])).json()
    url = f"/partnerships/{formed['id']}/members"
    declined = await registry.client.post(f"{url}/{orgs['c']['id']}/decline", headers=headers["c"])
    assert declined.status_code == 200, declined.text
    assert [m["organisation_id"] for m in declined.json()["members"]] == [orgs["a"]["id"]]
    shown = (await registry.client.get(formed_url := f"/partnerships/{formed['id']}", headers=headers["a"])).json()
    assert [m["organisation_id"] for m in shown["pending_members"]] == [orgs["b"]["id"]]
    gone = await registry.client.post(f"{url}/{orgs['c']['id']}/accept", headers=headers["c"])
    assert gone.status_code == 404 and "has no pending invitation" in gone.json()["detail"]

    invited = await registry.client.post(url, json={"organisation_id": orgs["c"]["id"], "role": "associate"},
                                         headers=headers["a"])
    assert invited.status_code == 201, invited.text
    assert {m["organisation_id"] for m in invited.json()["pending_members"]} == {orgs["b"]["id"], orgs["c"]["id"]}
    outsider = await registry.client.post(url, json={"organisation_id": orgs["c"]["id"], "role": "associate"},
                                          headers=headers["outsider"])
    assert outsider.status_code == 403
    withdrawn = await registry.client.delete(f"{url}/{orgs['b']['id']}", headers=headers["a"])
    assert withdrawn.status_code == 200 and len(withdrawn.json()["pending_members"]) == 1
    assert len((await registry.client.get(formed_url)).json()["members"]) == 1


async def test_the_lead_joins_at_once_so_only_its_admin_proposes(registry, world):
    orgs, headers = world
    response = await registry.client.post("/partnerships", json=proposal(orgs), headers=headers["b"])
    assert response.status_code == 403
    assert f"needs an admin of its lead organisation {orgs['a']['id']}" in response.json()["detail"]
