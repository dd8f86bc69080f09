"""Who may do what in the registry: the authorization matrix, over real HTTP."""

import json
from dataclasses import dataclass

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@dataclass
class World:
    a: dict
    b: dict
    headers: dict[str, dict[str, str]]  # by caller name


@pytest.fixture(scope="module")
async def world(registry, operator) -> World:
    """Organisation A (an admin and a member), organisation B (its admin), an outsider, an operator."""
    _, a_admin = await new_user(registry.client, "a-admin")
    _, b_admin = await new_user(registry.client, "b-admin")
    a_member_user, a_member = await new_user(registry.client, "a-member")
    _, outsider = await new_user(registry.client, "outsider")
    a = await organisation(registry.client, a_admin, "Org A", contact_email="office@a.example.org")
    b = await organisation(registry.client, b_admin, "Org B", kind="business")
    added = await registry.client.post(f"/organisations/{a['id']}/members",
                                       json={"email": a_member_user["email"], "role": "member"}, headers=a_admin)
    assert added.status_code == 201, added.text
    return World(a, b, {"anonymous": {}, "outsider": outsider, "a_member": a_member, "a_admin": a_admin,
                        "b_admin": b_admin, "operator": operator})


CALLERS = ("anonymous", "outsider", "a_member", "b_admin", "a_admin", "operator")


def expect(allowed: set[str], ok: int) -> list[tuple[str, int]]:
    return [(c, 401 if c == "anonymous" else ok if c in allowed else 403) for c in CALLERS]


@pytest.mark.parametrize(("caller", "status"), expect({"a_admin", "operator"}, 200))
async def test_only_its_admins_and_operators_change_an_organisation(registry, world, caller, status):
    response = await registry.client.patch(f"/organisations/{world.a['id']}", json={"description": f"by {caller}"},
                                           headers=world.headers[caller])
    assert response.status_code == status, response.text
    if status == 403:
        assert response.json()["detail"] == (
            f"only an admin of organisation {world.a['id']} or a platform operator may change it")


@pytest.mark.parametrize(("caller", "status"), expect({"operator"}, 200))
async def test_only_operators_suspend_an_organisation(registry, world, caller, status):
    response = await registry.client.patch(f"/organisations/{world.b['id']}", json={"status": "suspended"},
                                           headers=world.headers[caller])
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json()["status"] == "suspended"
        back = await registry.client.patch(f"/organisations/{world.b['id']}", json={"status": "active"},
                                           headers=world.headers[caller])
        assert back.json()["status"] == "active"


@pytest.mark.parametrize(("caller", "status"), expect({"a_member", "a_admin", "operator"}, 200))
async def test_members_and_operators_see_who_belongs_to_an_organisation(registry, world, caller, status):
    response = await registry.client.get(f"/organisations/{world.a['id']}/members", headers=world.headers[caller])
    assert response.status_code == status
    if status == 200:
        assert {m["role"] for m in response.json()} == {"admin", "member"}


@pytest.mark.parametrize(("caller", "status"), expect({"a_admin", "operator"}, 201))
async def test_a_partnership_is_formed_by_an_admin_of_its_lead_or_an_operator(registry, world, caller, status):
    members = [{"organisation_id": world.a["id"], "role": "lead"}, {"organisation_id": world.b["id"], "role": "partner"}]
    response = await registry.client.post("/partnerships", json={"name": f"A+B by {caller}", "members": members},
                                          headers=world.headers[caller])
    assert response.status_code == status, response.text
    if status == 201:  # B joins only by its own admin's hand; an operator may add it directly
        joined = {m["organisation_id"] for m in response.json()["members"]}
        assert joined == ({world.a["id"], world.b["id"]} if caller == "operator" else {world.a["id"]})


@pytest.mark.parametrize(("caller", "visible"), [("anonymous", False), ("outsider", False), ("a_member", True),
                                                   ("b_admin", True), ("operator", True)])
async def test_contact_details_are_for_network_members_only(registry, world, caller, visible):
    one = (await registry.client.get(f"/organisations/{world.a['id']}", headers=world.headers[caller])).json()
    listed = (await registry.client.get("/organisations", params={"limit": 200}, headers=world.headers[caller])).json()
    in_list = next(o for o in listed["items"] if o["id"] == world.a["id"])
    expected = "office@a.example.org" if visible else None
    assert (one["contact_email"], in_list["contact_email"]) == (expected, expected)


async def test_anyone_signed_in_registers_an_organisation_and_becomes_its_admin(registry):
    assert (await registry.client.post("/organisations", json={
        "name": "Anon", "kind": "ngo", "country": "UA", "city": "Lviv"})).status_code == 401
    _, headers = await new_user(registry.client, "founder")
    created = await organisation(registry.client, headers, "Founded", city="Lviv")
    me = (await registry.client.get("/auth/me", headers=headers)).json()
    assert me["organisations"] == {created["id"]: "admin"}


async def test_a_new_admin_acts_at_once_and_a_removed_one_loses_access_at_once(registry, world):
    user, headers = await new_user(registry.client, "promoted")  # token issued before the promotion
    url = f"/organisations/{world.a['id']}"
    assert (await registry.client.patch(url, json={"city": "Kyiv"}, headers=headers)).status_code == 403
    added = await registry.client.post(f"{url}/members", json={"email": user["email"], "role": "admin"},
                                       headers=world.headers["a_admin"])
    assert added.status_code == 201
    assert (await registry.client.patch(url, json={"city": "Kyiv"}, headers=headers)).json()["city"] == "Kyiv"
    removed = await registry.client.delete(f"{url}/members/{user['id']}", headers=world.headers["a_admin"])
    assert removed.status_code == 204
    assert (await registry.client.patch(url, json={"city": "Lviv"}, headers=headers)).status_code == 403


async def test_the_last_admin_is_not_removed_and_unknown_users_are_not_added(registry, world):
    me = (await registry.client.get("/auth/me", headers=world.headers["b_admin"])).json()
    response = await registry.client.delete(f"/organisations/{world.b['id']}/members/{me['id']}",
                                            headers=world.headers["b_admin"])
    assert response.status_code == 409 and "at least one admin" in response.json()["detail"]
    assert (await registry.client.get("/auth/me", headers=world.headers["b_admin"])).json()["organisations"]
    unknown = await registry.client.post(f"/organisations/{world.b['id']}/members",
                                         json={"email": "ghost@example.org", "role": "member"},
                                         headers=world.headers["b_admin"])
    assert unknown.status_code == 422 and "no user with email ghost@example.org" in unknown.json()["detail"]


async def test_an_update_publishes_the_public_profile_without_contact_details(infra, registry, world):
    async with TopicReader(infra.bootstrap_servers, "registry.organisation.v1") as reader:
        response = await registry.client.patch(
            f"/organisations/{world.a['id']}", json={"names": {"uk": "Організація А"}, "sectors": ["creative-industries"]},
            headers=world.headers["a_admin"])
        assert response.status_code == 200, response.text
        record = await reader.wait_for(lambda v: v["aggregate_id"] == world.a["id"] and v["type"] == "OrganisationUpdated")
    event = json.loads(record.value)
    assert event["names"] == {"uk": "Організація А"} and event["sectors"] == ["creative-industries"]
    assert "office@a.example.org" not in record.value.decode() and "contact_email" not in event


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"country": "XX"}, "country: 'XX' is not an ISO 3166-1 alpha-2 country code"),
        ({"names": {"ukr": "Назва"}}, "names.ukr: 'ukr' is not an ISO 639-1 language code"),
        ({"sectors": ["Creative Industries"]}, "sectors[0]: 'Creative Industries' must be lower-case words"),
        ({"name": None}, "name: must not be null"),
        ({"website": "not a url"}, "website:"),
    ],
)
async def test_bad_updates_are_refused_precisely_and_change_nothing(registry, world, body, message):
    before = (await registry.client.get(f"/organisations/{world.a['id']}", headers=world.headers["a_admin"])).json()
    response = await registry.client.patch(f"/organisations/{world.a['id']}", json=body, headers=world.headers["a_admin"])
    assert response.status_code == 422
    assert message in response.json()["detail"]
    after = (await registry.client.get(f"/organisations/{world.a['id']}", headers=world.headers["a_admin"])).json()
    assert after == before
