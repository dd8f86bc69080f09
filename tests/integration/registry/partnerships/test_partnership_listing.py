"""Who works with whom, read by anyone: an organisation's partnerships, a network's, a partnership's networks."""

import uuid

import pytest

from tests.integration.registry.helpers import new_user, organisation

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def linked(registry, operator):
    _, admin = await new_user(registry.client, "listing-admin")
    a, b, c = [await organisation(registry.client, admin, f"Listing org {i}") for i in range(3)]

    async def partnership(name, lead, partner):
        response = await registry.client.post("/partnerships", headers=admin, json={"name": name, "members": [
            {"organisation_id": lead["id"], "role": "lead"}, {"organisation_id": partner["id"], "role": "partner"}]})
        assert response.status_code == 201, response.text
        return response.json()["id"]

    ab, bc = await partnership("A with B", a, b), await partnership("B with C", b, c)
    network = await registry.client.post("/networks", headers=operator, json={
        "name": f"Listing network {uuid.uuid4().hex[:6]}", "partnership_ids": [ab]})
    assert network.status_code == 201, network.text
    return {"orgs": (a, b, c), "ab": ab, "bc": bc, "network": network.json()["id"]}


async def partnership_ids(registry, **params) -> set[str]:
    response = await registry.client.get("/partnerships", params=params)
    assert response.status_code == 200, response.text
    return {p["id"] for p in response.json()["items"]}


async def test_an_organisations_partnerships_are_listed_without_signing_in(registry, linked):
    a, b, c = linked["orgs"]
    assert await partnership_ids(registry, organisation_id=b["id"]) == {linked["ab"], linked["bc"]}
    assert await partnership_ids(registry, organisation_id=a["id"]) == {linked["ab"]}
    assert await partnership_ids(registry, organisation_id=str(uuid.uuid4())) == set()


async def test_a_networks_partnerships_and_a_partnerships_networks(registry, linked):
    assert await partnership_ids(registry, network_id=linked["network"]) == {linked["ab"]}
    outside = linked["orgs"][2]["id"]
    assert await partnership_ids(registry, network_id=linked["network"], organisation_id=outside) == set()
    with_ab = (await registry.client.get("/networks", params={"partnership_id": linked["ab"]})).json()
    assert [n["id"] for n in with_ab] == [linked["network"]]
    assert (await registry.client.get("/networks", params={"partnership_id": linked["bc"]})).json() == []


async def test_a_filter_that_is_not_an_id_is_refused(registry):
    response = await registry.client.get("/partnerships", params={"organisation_id": "karazin"})
    assert response.status_code == 422
    assert "organisation_id" in response.json()["detail"]
