"""Experts over real HTTP and Kafka: profiles, per-field visibility, the taxonomy, events."""

import json

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def setting(registry, operator):
    """An organisation with its admin, a member of another organisation, an outsider."""
    _, admin = await new_user(registry.client, "expert-admin")
    _, network = await new_user(registry.client, "network-member")
    _, outsider = await new_user(registry.client, "outsider")
    home = await organisation(registry.client, admin, "Kharkiv Design College", kind="college")
    await organisation(registry.client, network, "Another Org")
    return {"home": home, "admin": admin, "network": network, "outsider": outsider, "operator": operator}


def profile(home: dict, **fields) -> dict:
    return {"name": "Oksana Bondar", "organisation_ids": [home["id"]], "skills": ["design-thinking"],
            "languages": ["uk", "en"], "roles": ["coach", "trainer"], "city": "Kharkiv", "country": "UA",
            "bio": "Дизайн-мислення для університетів; service design sprints.",
            "email": "oksana@example.org", "phone": "+380 50 123 45 67",
            "visibility": {"bio": "network", "email": "network"}, **fields}


async def test_a_registered_expert_is_published_with_public_fields_only(infra, registry, setting):
    async with TopicReader(infra.bootstrap_servers, "registry.expert.v1") as reader:
        response = await registry.client.post("/experts", json=profile(setting["home"]), headers=setting["admin"])
        assert response.status_code == 201, response.text
        expert = response.json()
        record = await reader.wait_for(lambda v: v["aggregate_id"] == expert["id"])
    event = json.loads(record.value)
    assert record.key == expert["id"].encode()
    assert (event["type"], event["name"], event["skills"], event["city"]) == (
        "ExpertPublished", "Oksana Bondar", ["design-thinking"], "Kharkiv")
    text = record.value.decode()
    assert "oksana@example.org" not in text and "+380" not in text and "Дизайн-мислення для" not in text


@pytest.mark.parametrize(("caller", "sees"), [
    ("anonymous", {"name", "skills", "city"}),
    ("outsider", {"name", "skills", "city"}),
    ("network", {"name", "skills", "city", "bio", "email", "availability"}),
    ("admin", {"name", "skills", "city", "bio", "email", "availability", "phone", "visibility", "user_id"}),
    ("operator", {"name", "skills", "city", "bio", "email", "availability", "phone", "visibility", "user_id"}),
])
async def test_each_caller_sees_only_the_fields_the_expert_shows_them(registry, setting, caller, sees):
    created = (await registry.client.post("/experts", json=profile(setting["home"]), headers=setting["admin"])).json()
    headers = setting.get(caller, {})
    seen = (await registry.client.get(f"/experts/{created['id']}", headers=headers)).json()
    hidden = {"bio", "email", "phone", "availability", "visibility", "user_id"} - sees
    assert sees <= set(seen) and not hidden & set(seen), seen
    assert "oksana@example.org" not in json.dumps(seen) or "email" in sees


async def test_contact_details_can_never_be_made_public(registry, setting):
    response = await registry.client.post("/experts", json=profile(setting["home"], visibility={"email": "public"}),
                                          headers=setting["admin"])
    assert response.status_code == 422
    assert response.json()["detail"] == "visibility.email: contact details are never public; use network or private"


@pytest.mark.parametrize(("change", "message"), [
    ({"skills": ["design-thinking", "basket-weaving"]}, "skills[1]: unknown skill 'basket-weaving'"),
    ({"country": "XX"}, "country: 'XX' is not an ISO 3166-1 alpha-2 country code"),
    ({"languages": ["ukr"]}, "languages[0]: 'ukr' is not an ISO 639-1 language code"),
    ({"roles": ["wizard"]}, "roles[0]: Input should be"),
    ({"organisation_ids": []}, "organisation_ids: List should have at least 1 item"),
])
async def test_bad_profiles_are_refused_precisely_and_nothing_is_written(registry, setting, change, message):
    response = await registry.client.post("/experts", json=profile(setting["home"], name="Nobody Written", **change),
                                          headers=setting["admin"])
    assert response.status_code == 422
    assert message in response.json()["detail"]
    found = (await registry.client.get("/experts", params={"organisation_id": setting["home"]["id"], "limit": 100},
                                       headers=setting["admin"])).json()["items"]
    assert "Nobody Written" not in {e["name"] for e in found}


async def test_only_admins_of_its_organisations_the_expert_and_operators_change_an_expert(registry, setting):
    user, own = await new_user(registry.client, "the-expert")
    created = (await registry.client.post("/experts", json=profile(setting["home"], user_email=user["email"]),
                                          headers=setting["admin"])).json()
    url = f"/experts/{created['id']}"
    for caller, status in (("outsider", 403), ("network", 403)):
        response = await registry.client.patch(url, json={"city": "Lviv"}, headers=setting[caller])
        assert response.status_code == status
    assert (await registry.client.patch(url, json={"city": "Lviv"})).status_code == 401
    assert (await registry.client.patch(url, json={"bio": "Mine"}, headers=own)).json()["bio"] == "Mine"
    assert (await registry.client.patch(url, json={"city": "Odesa"}, headers=setting["operator"])).json()["city"] == "Odesa"
    refused = await registry.client.post("/experts", json=profile(setting["home"]), headers=setting["network"])
    assert refused.status_code == 403 and "needs an admin of it" in refused.json()["detail"]


async def test_a_withdrawn_expert_disappears_and_the_bus_says_so(infra, registry, setting):
    created = (await registry.client.post("/experts", json=profile(setting["home"]), headers=setting["admin"])).json()
    async with TopicReader(infra.bootstrap_servers, "registry.expert.v1") as reader:
        assert (await registry.client.delete(f"/experts/{created['id']}", headers=setting["admin"])).status_code == 200
        await reader.wait_for(lambda v: v["aggregate_id"] == created["id"] and v["type"] == "ExpertWithdrawn")
    assert (await registry.client.get(f"/experts/{created['id']}")).status_code == 404
    again = await registry.client.delete(f"/experts/{created['id']}", headers=setting["admin"])
    assert again.status_code == 409


async def test_the_taxonomy_has_a_hierarchy_and_only_operators_extend_it(registry, setting):
    skills = {s["slug"]: s for s in (await registry.client.get("/skills")).json()}
    assert skills["design-thinking"]["parent"] == "creative-industries"
    assert skills["design-thinking"]["names"] == {"uk": "Дизайн-мислення", "de": "Design Thinking"}
    assert skills["culture-heritage"]["names"]["de"] == "Kultur und Kulturerbe"
    body = {"slug": "animation", "name": "Animation", "names": {"uk": "Анімація"}, "parent": "creative-industries"}
    assert (await registry.client.post("/skills", json=body, headers=setting["admin"])).status_code == 403
    assert (await registry.client.post("/skills", json=body, headers=setting["operator"])).status_code == 201
    assert (await registry.client.post("/skills", json=body, headers=setting["operator"])).status_code == 409
    orphan = await registry.client.post("/skills", json={**body, "slug": "x", "parent": "nope"}, headers=setting["operator"])
    assert orphan.status_code == 422 and orphan.json()["detail"] == "parent: unknown skill 'nope'"
