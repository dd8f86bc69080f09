"""Network statistics over HTTP: counts within a network, what the caller may see only, precise refusals."""

import uuid

import pytest

from tests.integration.registry.helpers import new_user, organisation

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def world(registry, operator):
    _, admin = await new_user(registry.client, "stats-admin")
    _, member = await new_user(registry.client, "stats-member")
    await organisation(registry.client, member, "Stats member's own")
    hub = await organisation(registry.client, admin, "Stats Hub", kind="it_cluster", city="Kharkiv")
    school = await organisation(registry.client, admin, "Stats School", kind="college", city="Almaty", country="KZ")
    for name, home, city, country, visibility in (("Stat One", hub, "Kharkiv", "UA", {}),
                                                  ("Stat Two", hub, "Kharkiv", "UA", {}),
                                                  ("Stat Three", school, "Almaty", "KZ", {"location": "network"})):
        response = await registry.client.post("/experts", headers=admin, json={
            "name": name, "organisation_ids": [home["id"]], "skills": ["ux-design"], "city": city, "country": country,
            "visibility": visibility})
        assert response.status_code == 201, response.text
    members = [{"organisation_id": hub["id"], "role": "lead"}, {"organisation_id": school["id"], "role": "partner"}]
    partnership = (await registry.client.post("/partnerships", headers=admin, json={
        "name": "Stats partnership", "members": members})).json()
    network = (await registry.client.post("/networks", headers=operator, json={
        "name": f"Stats network {uuid.uuid4().hex[:6]}", "partnership_ids": [partnership["id"]]})).json()
    return {"network": network, "member": member}


async def stats(registry, world, headers=None) -> dict:
    response = await registry.client.get("/map/stats", params={"network_id": world["network"]["id"]},
                                         headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


async def test_statistics_count_kinds_places_skills_and_rank_organisations(registry, world):
    result = await stats(registry, world)
    assert result["organisations_by_kind"] == {"college": 1, "it_cluster": 1}
    assert (result["experts"], result["partnerships"]) == (3, 1)
    assert result["experts_by_skill"] == {"digital-technology": 3, "ux-design": 3}  # a parent counts its sub-skills
    assert result["by_city"] == {"Almaty, KZ": {"organisations": 1, "experts": 0},
                                 "Kharkiv, UA": {"organisations": 1, "experts": 2}}
    top = result["most_connected_organisations"][0]
    assert top == {"id": top["id"], "name": "Stats Hub", "kind": "it_cluster", "city": "Kharkiv", "country": "UA",
                   "partnerships": 1, "experts": 2, "resources": 0, "connections": 3}


async def test_a_network_only_place_counts_for_network_members_only(registry, world):
    member = await stats(registry, world, headers=world["member"])
    assert member["by_city"]["Almaty, KZ"] == {"organisations": 1, "experts": 1}


@pytest.mark.parametrize(("network_id", "status"), [(str(uuid.uuid4()), 404), ("almaty", 422)])
async def test_an_unknown_or_malformed_network_is_refused(registry, network_id, status):
    response = await registry.client.get("/map/stats", params={"network_id": network_id})
    assert response.status_code == status
    if status == 404:
        assert response.json()["detail"] == f"network_id: no network {network_id}"
