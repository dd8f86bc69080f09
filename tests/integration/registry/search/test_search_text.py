"""Text search answered from memory: many matches counted exactly, Cyrillic typos, fresh experts, SQL agreement.

Every search is scoped to this module's own organisation, so other tests' experts do not count.
"""

from collections import Counter

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.services import eventually

pytestmark = pytest.mark.integration

CITIES = ["Kyiv", "Lviv", "Odesa"]
SKILLS = ["game-design", "pitching", "data-science"]
MANY = 45  # more than two pages


def _expert(i: int) -> dict:
    hidden = i % 5 == 0  # every fifth keeps bio and location to network members
    return {"name": f"Марія Коваль{i}", "skills": [SKILLS[i % 3]], "languages": ["uk"], "roles": ["mentor"],
            "city": CITIES[i % 3], "country": "UA", "bio": f"Організовує хакатони, запрошення {i}",
            **({"visibility": {"bio": "network", "location": "network"}} if hidden else {})}


@pytest.fixture(scope="module")
async def world(registry):
    _, admin = await new_user(registry.client, "text-admin")
    _, member = await new_user(registry.client, "text-member")
    home = await organisation(registry.client, admin, "Text Search Lab")
    await organisation(registry.client, member, "Member's own lab")
    experts = [_expert(i) for i in range(MANY)] + [
        {"name": "Ірина Ткаченко", "skills": ["marketing"], "languages": ["uk"], "roles": ["coach"],
         "city": "Lviv", "country": "UA", "bio": "Маркетинг для музеїв"},
        {"name": "Iryna Tkachuk", "skills": ["ux-design"], "languages": ["en"], "roles": ["speaker"],
         "city": "Kyiv", "country": "UA", "bio": "UX-дизайн освітніх сервісів"}]
    for expert in experts:
        response = await registry.client.post("/experts", json={**expert, "organisation_ids": [home["id"]]},
                                              headers=admin)
        assert response.status_code == 201, response.text
    return {"scope": {"organisation_id": home["id"]}, "admin": admin, "member": member, "home": home}


async def search(registry, world, headers=None, **params) -> dict:
    response = await registry.client.get("/experts", params={**world["scope"], **params}, headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


async def from_index(registry, world, headers=None, **params) -> dict:
    """The same search once the in-memory index holds the current data."""
    await eventually(lambda: _index_current(registry))
    return await search(registry, world, headers, **params)


async def _index_current(registry) -> bool:
    holder = getattr(registry.runtime, "facet_index", None)
    if holder is None:
        await registry.client.get("/experts", params={"limit": 1})  # the first search creates it
        return False
    holder.refresh(registry.runtime.pool)
    async with registry.runtime.pool.acquire() as conn:
        generation = await conn.fetchval("SELECT n FROM search_generation")
    return holder.index is not None and holder.index.generation == generation


async def test_a_word_many_experts_share_counts_every_one_of_them_not_just_the_page(registry, world):
    public = await from_index(registry, world, q="хакатони")
    shown = [i for i in range(MANY) if i % 5]  # hidden bios do not match for the public
    assert public["total"] == len(shown) and len(public["items"]) == 20 and public["next_cursor"]
    assert public["facets"]["city"] == Counter(CITIES[i % 3] for i in shown)
    assert public["facets"]["skill"]["creative-industries"] == len([i for i in shown if i % 3 == 0])
    member = await search(registry, world, world["member"], q="хакатони")
    assert member["total"] == MANY
    assert member["facets"]["city"] == {c: MANY // 3 for c in CITIES}
    assert member["facets"]["skill"]["creative-industries"] == MANY // 3  # game-design's parent
    assert member["facets"]["skill"]["entrepreneurship"] == MANY // 3
    registry.runtime.facet_index.index = None  # SQL counts the same
    assert await search(registry, world, world["member"], q="хакатони") == member


async def test_cursor_pages_through_a_ranked_text_search_once_each(registry, world):
    seen, cursor = [], None
    while True:
        page = await from_index(registry, world, world["member"], q="хакатони", limit=7,
                                **({"cursor": cursor} if cursor else {}))
        seen += [e["id"] for e in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert len(seen) == len(set(seen)) == MANY


@pytest.mark.parametrize("typo", ["Tkachneko", "Ткачнеко", "Tkachenko"])
async def test_cyrillic_names_are_found_by_typos_in_either_script(registry, world, typo):
    found = await from_index(registry, world, q=typo)
    assert "Ірина Ткаченко" in [e["name"] for e in found["items"]]


async def test_a_new_expert_is_found_at_once_and_then_from_memory(registry, world):
    await from_index(registry, world)
    response = await registry.client.post("/experts", json={
        "name": "Жаксылык Нуртас", "skills": ["pitching"], "languages": ["kk"], "roles": ["mentor"],
        "organisation_ids": [world["home"]["id"]]}, headers=world["admin"])
    assert response.status_code == 201, response.text
    at_once = await search(registry, world, q="Zhaksylk")
    assert [e["name"] for e in at_once["items"]] == ["Жаксылык Нуртас"]
    assert await from_index(registry, world, q="Zhaksylk") == at_once


@pytest.mark.parametrize("params", [
    {"q": "хакатони", "city": "Kyiv"}, {"q": "хакатони", "limit": 5}, {"q": "дизайн-мислення"},
    {"q": "ux-дизайн"}, {"q": "хакатони -запрошення"}, {"q": "маркетинг or ux"}, {"q": '"освітніх сервісів"'},
    {"q": "Tkachneko"}, {"q": "Ткаченко маркетинг"}, {"q": "-хакатони"}, {"q": "!!!"},
])
async def test_memory_and_sql_answer_text_searches_alike(registry, world, params):
    holder = registry.runtime.facet_index
    indexed = await from_index(registry, world, world["member"], **params)
    holder.index = None  # now SQL answers
    assert await search(registry, world, world["member"], **params) == indexed
    if indexed["next_cursor"]:
        following = await from_index(registry, world, world["member"], cursor=indexed["next_cursor"], **params)
        holder.index = None
        assert await search(registry, world, world["member"], cursor=indexed["next_cursor"], **params) == following
