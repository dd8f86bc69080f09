"""Changing and withdrawing a resource: the owner's admins or operators, each change an event."""

import json
import uuid

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def setting(registry, operator):
    _, owner = await new_user(registry.client, "resource-owner")
    _, stranger = await new_user(registry.client, "resource-stranger")
    home = await organisation(registry.client, owner, "Almaty Makers")
    await organisation(registry.client, stranger, "Someone Else")
    return {"owner": owner, "stranger": stranger, "operator": operator, "home": home}


async def listed(registry, setting) -> dict:
    response = await registry.client.post("/resources", headers=setting["owner"], json={
        "kind": "venue", "organisation_id": setting["home"]["id"], "title": "Maker space", "quantity": 1,
        "city": "Almaty", "country": "KZ", "available_from": "2026-01-01"})
    assert response.status_code == 201, response.text
    return response.json()


async def test_the_owners_admin_changes_a_resource_and_it_is_listed_again(infra, registry, setting):
    resource = await listed(registry, setting)
    async with TopicReader(infra.bootstrap_servers, "registry.resource.v1") as reader:
        response = await registry.client.patch(f"/resources/{resource['id']}", headers=setting["owner"], json={
            "title": "Maker space with laser cutter", "quantity": 3, "conditions": None})
        assert response.status_code == 200, response.text
        record = await reader.wait_for(lambda v: v["aggregate_id"] == resource["id"])
    changed = response.json()
    assert (changed["title"], changed["quantity"], changed["city"], changed["status"]) == (
        "Maker space with laser cutter", 3, "Almaty", "listed")
    event = json.loads(record.value)
    assert (record.key, event["type"], event["title"], event["quantity"]) == (
        resource["id"].encode(), "ResourceListed", "Maker space with laser cutter", 3)
    read = (await registry.client.get(f"/resources/{resource['id']}")).json()
    assert read["title"] == "Maker space with laser cutter"
    by_operator = await registry.client.patch(f"/resources/{resource['id']}", headers=setting["operator"],
                                              json={"city": "Astana"})
    assert by_operator.status_code == 200 and by_operator.json()["city"] == "Astana"


@pytest.mark.parametrize(("change", "message"), [
    ({"country": "XX"}, "country: 'XX' is not an ISO 3166-1 alpha-2 country code"),
    ({"available_until": "2025-12-31"}, "available_until: must not be before available_from"),
    ({"quantity": 0}, "quantity: Input should be greater than or equal to 1"),
    ({"quantity": 2**31}, "quantity: Input should be less than or equal to 2147483647"),  # the column's integer
    ({"title": None}, "title: must not be null"),
    ({"organisation_id": str(uuid.uuid4())}, "organisation_id: Extra inputs are not permitted"),
    ({"kind": "spaceship"}, "kind: Input should be"),
])
async def test_bad_changes_are_refused_precisely_and_nothing_changes(registry, setting, change, message):
    resource = await listed(registry, setting)
    response = await registry.client.patch(f"/resources/{resource['id']}", headers=setting["owner"], json=change)
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]
    assert (await registry.client.get(f"/resources/{resource['id']}")).json() == resource


@pytest.mark.parametrize("method", ["patch", "delete"])
async def test_only_the_owners_admins_and_operators_change_or_withdraw(registry, setting, method):
    resource = await listed(registry, setting)
    send = getattr(registry.client, method)
    body = {"json": {"title": "Mine now"}} if method == "patch" else {}
    assert (await send(f"/resources/{resource['id']}", **body)).status_code == 401
    refused = await send(f"/resources/{resource['id']}", headers=setting["stranger"], **body)
    assert refused.status_code == 403
    assert refused.json()["detail"] == (f"only an admin of organisation {setting['home']['id']} or a platform"
                                        " operator may change it")
    assert (await send(f"/resources/{uuid.uuid4()}", headers=setting["owner"], **body)).status_code == 404
    assert (await send("/resources/not-an-id", headers=setting["owner"], **body)).status_code == 404
    assert (await registry.client.get(f"/resources/{resource['id']}")).json() == resource


@pytest.mark.parametrize("method", ["PATCH", "DELETE"])
async def test_the_city_view_is_not_read_as_an_id(registry, setting, method):
    for headers in ({}, setting["owner"]):  # not a 401, nor a 422 for an id 'geo': the method is not allowed
        response = await registry.client.request(method, "/resources/geo", headers=headers)
        assert response.status_code == 405, response.text
        assert "GET" in response.headers["allow"] and method not in response.headers["allow"]


async def test_a_withdrawn_resource_is_announced_and_no_longer_changes(infra, registry, setting):
    resource = await listed(registry, setting)
    async with TopicReader(infra.bootstrap_servers, "registry.resource.v1") as reader:
        gone = await registry.client.delete(f"/resources/{resource['id']}", headers=setting["owner"])
        assert gone.status_code == 200, gone.text
        record = await reader.wait_for(lambda v: v["aggregate_id"] == resource["id"])
    assert json.loads(record.value)["type"] == "ResourceWithdrawn" and gone.json()["status"] == "withdrawn"
    again = await registry.client.delete(f"/resources/{resource['id']}", headers=setting["owner"])
    assert again.status_code == 409
    changed = await registry.client.patch(f"/resources/{resource['id']}", headers=setting["owner"],
                                          json={"title": "Back again"})
    assert (changed.status_code, changed.json()["detail"]) == (
        409, f"resource {resource['id']} is withdrawn: list a new one instead")
    found = (await registry.client.get("/resources", params={"organisation_id": setting["home"]["id"]})).json()
    assert resource["id"] not in {r["id"] for r in found["items"]}
