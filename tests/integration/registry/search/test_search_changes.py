"""Searches while experts change: the in-memory index answers for the unchanged, SQL for the changed, merged exactly.

Every search is scoped to this module's own organisation, so other tests' experts do not count.
"""

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.services import eventually

pytestmark = pytest.mark.integration

CITIES = ["Kyiv", "Lviv", "Odesa", "Dnipro"]


def _expert(i: int) -> dict:
    return {"name": f"Остап Гончар{i}", "skills": [["game-design", "marketing", "data-science"][i % 3]],
            "languages": ["uk", "en"][: 1 + i % 2], "roles": ["trainer"], "city": CITIES[i % 4], "country": "UA",
            "bio": f"Проводить воркшопи для громад, випуск {i}"}


@pytest.fixture(scope="module")
async def world(registry):
    _, admin = await new_user(registry.client, "changes-admin")
    _, member = await new_user(registry.client, "changes-member")
    home = await organisation(registry.client, admin, "Changing Lab")
    await organisation(registry.client, member, "Member's lab")
    ids = []
    for i in range(30):
        response = await registry.client.post("/experts", json={**_expert(i), "organisation_ids": [home["id"]]},
                                              headers=admin)
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    return {"scope": {"organisation_id": home["id"]}, "admin": admin, "member": member, "home": home, "ids": ids}


async def search(registry, world, **params) -> dict:
    response = await registry.client.get("/experts", params={**world["scope"], **params}, headers=world["member"])
    assert response.status_code == 200, response.text
    return response.json()


async def _generation(registry) -> int:
    async with registry.runtime.pool.acquire() as conn:
        return await conn.fetchval("SELECT n FROM search_generation")


async def _current_index(registry):
    """The index once it holds the current data (no rebuild running then)."""
    await registry.client.get("/experts", params={"limit": 1})  # creates the holder
    holder = registry.runtime.facet_index
    if holder.index is not None and holder.index.generation == await _generation(registry):
        return holder.index
    holder.refresh(registry.runtime.pool)
    return None


PARAMS = [{}, {"q": "воркшопи"}, {"q": "воркшопи", "limit": 4}, {"q": "воркшопи", "city": "Kyiv"},
          {"city": ["Lviv", "Odesa"], "limit": 3}, {"q": "Honchar"}, {"skill": "creative-industries", "limit": 2},
          {"q": "громад -випуск"}]


async def test_changes_since_the_index_was_built_are_merged_into_its_answers(registry, world, monkeypatch):
    stale = await eventually(lambda: _current_index(registry))
    holder = registry.runtime.facet_index
    monkeypatch.setattr(holder, "refresh", lambda pool: None)  # the index stays as built
    for i in (30, 31):
        added = await registry.client.post("/experts", json={**_expert(i), "organisation_ids": [world["home"]["id"]]},
                                           headers=world["admin"])
        assert added.status_code == 201, added.text
    changed = await registry.client.patch(f"/experts/{world['ids'][0]}", headers=world["admin"],
                                          json={"city": "Dnipro", "bio": "Лише менторство"})
    assert changed.status_code == 200, changed.text
    assert (await registry.client.delete(f"/experts/{world['ids'][1]}", headers=world["admin"])).status_code == 200
    assert stale.generation < await _generation(registry)
    for params in PARAMS:
        merged = await search(registry, world, **params)
        cursor = merged["next_cursor"]
        following = await search(registry, world, **params, cursor=cursor) if cursor else None
        assert holder.index is stale
        holder.index = None  # SQL alone
        assert await search(registry, world, **params) == merged, params
        if cursor:
            assert await search(registry, world, **params, cursor=cursor) == following, params
        holder.index = stale
    everyone = await search(registry, world, limit=100)
    assert everyone["total"] == 31 and world["ids"][1] not in [e["id"] for e in everyone["items"]]
    assert (await search(registry, world, q="воркшопи"))["total"] == 30  # 32 made, one withdrawn, one rewritten
