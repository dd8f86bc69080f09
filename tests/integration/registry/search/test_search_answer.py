"""What a search answers: typed pages with the listed organisations, facets that leave their own filter out,
a network as scope, and names found despite typos.

Every search is scoped to this module's own organisations, so other tests' experts do not count.
"""

import uuid

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.services import eventually

pytestmark = pytest.mark.integration

EXPERTS = [  # name, home (index into the organisations), skills, city
    ("Olena Kovalenko", 0, ["design-thinking", "curriculum-design"], "Kharkiv"),
    ("Mykola Hrytsenko", 0, ["game-design"], "Kharkiv"),
    ("Iryna Savchuk", 1, ["service-design"], "Lviv"),
    ("Petro Lysenko", 1, ["data-science"], "Lviv"),
]


@pytest.fixture(scope="module")
async def world(registry, operator):
    _, admin = await new_user(registry.client, "answer-admin")
    homes = [await organisation(registry.client, admin, "Answer University", city="Kharkiv",
                                names={"uk": "Університет відповідей"}),
             await organisation(registry.client, admin, "Answer Studio", kind="business", city="Lviv")]
    for name, home, skills, city in EXPERTS:
        response = await registry.client.post("/experts", headers=admin, json={
            "name": name, "organisation_ids": [homes[home]["id"]], "skills": skills, "city": city, "country": "UA",
            "languages": ["uk"], "roles": ["coach"]})
        assert response.status_code == 201, response.text
    partner = await organisation(registry.client, admin, "Answer Partner")  # a partnership has two members at least
    members = [{"organisation_id": homes[0]["id"], "role": "lead"}, {"organisation_id": partner["id"], "role": "partner"}]
    partnership = await registry.client.post("/partnerships", headers=admin, json={
        "name": "Answer partnership", "members": members})
    assert partnership.status_code == 201, partnership.text
    network = (await registry.client.post("/networks", headers=operator, json={
        "name": f"Answer network {uuid.uuid4().hex[:6]}", "partnership_ids": [partnership.json()["id"]]})).json()
    return {"homes": homes, "network": network, "scope": {"organisation_id": [h["id"] for h in homes]}}


async def search(registry, world, **params) -> dict:
    response = await registry.client.get("/experts", params={**world["scope"], **params})
    assert response.status_code == 200, response.text
    return response.json()


def names(result: dict) -> list[str]:
    return [e["name"] for e in result["items"]]


async def test_a_page_lists_the_organisations_of_its_experts(registry, world):
    result = await search(registry, world, limit=2)
    assert set(result) == {"items", "total", "facets", "organisations", "next_cursor"}
    assert result["total"] == 4 and result["next_cursor"]
    listed = {o["id"]: o for o in result["organisations"]}
    assert {o for e in result["items"] for o in e["organisation_ids"]} == set(listed)
    university = (await search(registry, world, q="Kovalenko"))["organisations"][0]
    assert university == {"id": world["homes"][0]["id"], "name": "Answer University", "kind": "university",
                          "names": {"uk": "Університет відповідей"}, "city": "Kharkiv", "country": "UA"}


async def test_a_skill_counts_the_experts_of_its_sub_skills(registry, world):
    skills = (await search(registry, world))["facets"]["skill"]
    assert skills["creative-industries"] == 3  # design-thinking, game-design, service-design
    assert (skills["design-thinking"], skills["game-design"], skills["education"]) == (1, 1, 1)
    assert skills["digital-technology"] == skills["data-science"] == 1


async def test_a_facet_counts_without_its_own_filter_and_with_the_others(registry, world):
    result = await search(registry, world, city="Kharkiv")
    assert sorted(names(result)) == ["Mykola Hrytsenko", "Olena Kovalenko"]
    assert result["facets"]["city"] == {"Kharkiv": 2, "Lviv": 2}  # what adding Lviv would find
    assert result["facets"]["skill"]["creative-industries"] == 2  # within Kharkiv
    both = await search(registry, world, city="Kharkiv", skill="digital-technology")
    assert both["total"] == 0 and both["facets"]["city"] == {"Lviv": 1}
    assert both["facets"]["skill"]["creative-industries"] == 2


@pytest.mark.parametrize("typo", ["Olna Kovalnko", "olena kovalneko", "Коваленко"])
async def test_a_name_is_found_despite_typos(registry, world, typo):
    assert names(await search(registry, world, q=typo))[0] == "Olena Kovalenko"


async def test_a_network_scopes_the_search(registry, world):
    scoped = await search(registry, world, network_id=world["network"]["id"])
    assert sorted(names(scoped)) == ["Mykola Hrytsenko", "Olena Kovalenko"]
    assert scoped["facets"]["city"] == {"Kharkiv": 2}
    outside = await search(registry, world, network_id=world["network"]["id"], organisation_id=world["homes"][1]["id"])
    assert outside["total"] == 0 and outside["items"] == []


@pytest.mark.parametrize(("params", "status", "message"), [
    ({"network_id": str(uuid.uuid4())}, 404, "network_id: no network"),
    ({"network_id": "kharkiv"}, 422, None),
    ({"limit": 0}, 422, None),
    ({"q": "x" * 201}, 422, None),
    ({"organisation_kind": "castle"}, 422, None),
])
async def test_bad_input_is_refused(registry, params, status, message):
    response = await registry.client.get("/experts", params=params)
    assert response.status_code == status, response.text
    assert message is None or response.json()["detail"].startswith(message)


@pytest.mark.parametrize("params", [{"city": "Kharkiv"}, {"city": "kharkiv", "skill": "digital-technology"},
                                    {"q": "Kovalenko", "city": "Lviv"}, {"role": "coach", "language": "uk"}])
async def test_the_in_memory_index_counts_facets_as_sql_does(registry, world, params):
    holder = registry.runtime.facet_index
    holder.index = None  # SQL answers this one, and a rebuild starts
    by_sql = await search(registry, world, **params)
    await eventually(lambda: holder.index is not None)
    assert await search(registry, world, **params) == by_sql
