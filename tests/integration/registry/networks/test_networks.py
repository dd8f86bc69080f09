"""Partnership periods and members, networks and their champions, over real HTTP and Kafka."""

import json

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def partners(registry):
    _, admin = await new_user(registry.client, "network-admin")
    orgs = [await organisation(registry.client, admin, f"Net org {i}") for i in range(4)]

    async def partnership(name, lead, partner, **fields):
        members = [{"organisation_id": lead["id"], "role": "lead"}, {"organisation_id": partner["id"], "role": "partner"}]
        response = await registry.client.post("/partnerships", headers=admin,
                                              json={"name": name, "members": members, **fields})
        assert response.status_code == 201, response.text
        return response.json()

    p1 = await partnership("Kyiv Spark", orgs[0], orgs[1], period_start="2025-01-01", period_end="2026-12-31")
    p2 = await partnership("Almaty Spark", orgs[2], orgs[3])
    return {"admin": admin, "orgs": orgs, "p1": p1, "p2": p2}


async def test_a_partnership_has_a_period_and_its_members_change_with_events(infra, registry, partners):
    p1, orgs, admin = partners["p1"], partners["orgs"], partners["admin"]
    assert (p1["period_start"], p1["period_end"]) == ("2025-01-01", "2026-12-31")
    async with TopicReader(infra.bootstrap_servers, "registry.partnership.v1") as reader:
        added = await registry.client.post(f"/partnerships/{p1['id']}/members", headers=admin,
                                           json={"organisation_id": orgs[2]["id"], "role": "associate"})
        assert added.status_code == 201 and len(added.json()["members"]) == 3
        removed = await registry.client.delete(f"/partnerships/{p1['id']}/members/{orgs[2]['id']}", headers=admin)
        assert removed.status_code == 200 and len(removed.json()["members"]) == 2
        record = await reader.wait_for(lambda v: v["aggregate_id"] == p1["id"] and v["type"] == "PartnershipMemberRemoved")
    assert len(json.loads(record.value)["members"]) == 2


@pytest.mark.parametrize(("action", "status", "message"), [
    ("duplicate", 409, "is already a member"),
    ("lead", 422, "exactly one lead, got 2"),
    ("too-few", 422, "at least two organisations"),
    ("period", 422, "period_end: must not be before period_start"),
])
async def test_bad_membership_changes_are_refused(registry, partners, action, status, message):
    p1, orgs, admin = partners["p1"], partners["orgs"], partners["admin"]
    url = f"/partnerships/{p1['id']}/members"
    if action == "duplicate":
        response = await registry.client.post(url, headers=admin, json={"organisation_id": orgs[1]["id"], "role": "partner"})
    elif action == "lead":
        response = await registry.client.post(url, headers=admin, json={"organisation_id": orgs[3]["id"], "role": "lead"})
    elif action == "too-few":
        response = await registry.client.delete(f"{url}/{orgs[1]['id']}", headers=admin)
    else:
        members = [{"organisation_id": orgs[0]["id"], "role": "lead"}, {"organisation_id": orgs[1]["id"], "role": "partner"}]
        response = await registry.client.post("/partnerships", headers=admin, json={
            "name": "Backwards", "members": members, "period_start": "2026-01-01", "period_end": "2025-01-01"})
    assert response.status_code == status and message in response.json()["detail"]
    assert len((await registry.client.get(f"/partnerships/{p1['id']}")).json()["members"]) == 2


async def test_a_network_has_one_champion_per_period(infra, registry, operator, partners):
    p1, p2 = partners["p1"], partners["p2"]
    refused = await registry.client.post("/networks", headers=partners["admin"], json={"name": "x"})
    assert refused.status_code == 403
    async with TopicReader(infra.bootstrap_servers, "registry.network.v1") as reader:
        network = (await registry.client.post("/networks", headers=operator, json={
            "name": "Creative Spark Ukraine", "partnership_ids": [p1["id"]]})).json()
        joined = await registry.client.post(f"/networks/{network['id']}/partnerships", headers=operator,
                                            json={"partnership_id": p2["id"]})
        assert joined.status_code == 201
        champion = await registry.client.post(f"/networks/{network['id']}/champions", headers=operator, json={
            "partnership_id": p1["id"], "period_start": "2025-01-01", "period_end": "2025-12-31"})
        assert champion.status_code == 201, champion.text
        await reader.wait_for(lambda v: v["aggregate_id"] == network["id"] and v["type"] == "ChampionDesignated")
    clash = await registry.client.post(f"/networks/{network['id']}/champions", headers=operator, json={
        "partnership_id": p2["id"], "period_start": "2025-06-01", "period_end": "2026-05-31"})
    assert clash.status_code == 409 and f"partnership {p1['id']} already champions" in clash.json()["detail"]
    next_year = await registry.client.post(f"/networks/{network['id']}/champions", headers=operator, json={
        "partnership_id": p2["id"], "period_start": "2026-01-01", "period_end": "2026-12-31"})
    assert next_year.status_code == 201
    shown = (await registry.client.get(f"/networks/{network['id']}")).json()
    assert [c["partnership_id"] for c in shown["champions"]] == [p1["id"], p2["id"]]
    outsider = await registry.client.post(f"/networks/{network['id']}/champions", headers=operator, json={
        "partnership_id": "00000000-0000-0000-0000-000000000000", "period_start": "2027-01-01",
        "period_end": "2027-12-31"})
    assert outsider.status_code == 422 and "is not in network" in outsider.json()["detail"]
