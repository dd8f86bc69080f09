"""The registry over real HTTP: what it stores, what it refuses, what it publishes."""

import json
import uuid

import pytest

from tests.integration.registry import helpers
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture
def organisation(registry, operator):
    async def create(_registry, name: str) -> dict:
        return await helpers.organisation(registry.client, operator, name)
    return create


async def test_registering_publishes_organisation_registered_keyed_by_id(infra, registry, organisation):
    async with TopicReader(infra.bootstrap_servers, "registry.organisation.v1") as reader:
        created = await organisation(registry, "Karazin University")
        record = await reader.wait_for(lambda v: v["aggregate_id"] == created["id"])
    assert record.key == created["id"].encode()
    assert (await registry.client.get(f"/organisations/{created['id']}")).json()["name"] == "Karazin University"


async def test_forming_a_partnership_publishes_partnership_formed(infra, registry, operator, organisation):
    lead, partner = await organisation(registry, "KhPI"), await organisation(registry, "IT Cluster")
    members = [{"organisation_id": lead["id"], "role": "lead"}, {"organisation_id": partner["id"], "role": "partner"}]
    async with TopicReader(infra.bootstrap_servers, "registry.partnership.v1") as reader:
        response = await registry.client.post("/partnerships", json={"name": "Kharkiv Creative", "members": members},
                                              headers=operator)
        assert response.status_code == 201, response.text
        record = await reader.wait_for(lambda v: v["aggregate_id"] == response.json()["id"])
    assert {m["role"] for m in json.loads(record.value)["members"]} == {"lead", "partner"}


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"name": "X", "kind": "castle", "country": "UA", "city": "Lviv"}, 422, "kind"),
        ({"name": "X", "kind": "ngo", "country": "Ukraine", "city": "Lviv"}, 422, "country"),
        ({"name": "  ", "kind": "ngo", "country": "UA", "city": "Lviv"}, 422, "name: Value error, must not be blank"),
    ],
)
async def test_bad_organisations_are_refused_precisely(registry, operator, body, status, message):
    before = (await registry.client.get("/organisations", params={"limit": 200})).json()["items"]
    response = await registry.client.post("/organisations", json=body, headers=operator)
    assert response.status_code == status
    assert message in response.json()["detail"]
    after = (await registry.client.get("/organisations", params={"limit": 200})).json()["items"]
    assert len(after) == len(before)


async def test_malformed_json_is_a_400(registry, operator):
    response = await registry.client.post(
        "/organisations", content=b"{name:", headers={"content-type": "application/json", **operator}
    )
    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]


async def test_a_partnership_with_an_unknown_member_is_refused_and_nothing_is_written(registry, operator, organisation):
    lead = await organisation(registry, "Known")
    stranger = str(uuid.uuid4())
    members = [{"organisation_id": lead["id"], "role": "lead"}, {"organisation_id": stranger, "role": "partner"}]
    response = await registry.client.post("/partnerships", json={"name": "Ghost", "members": members},
                                          headers=operator)
    assert response.status_code == 422
    assert f"unknown organisation(s) {stranger}" in response.json()["detail"]
    listed = (await registry.client.get("/partnerships", params={"limit": 200})).json()["items"]
    assert "Ghost" not in {p["name"] for p in listed}


async def test_unknown_organisation_is_404(registry):
    response = await registry.client.get(f"/organisations/{uuid.uuid4()}")
    assert response.status_code == 404
    assert "not found" in response.json()["detail"]
