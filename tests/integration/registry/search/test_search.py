"""Searching experts over HTTP: relevance, typos, Cyrillic, facets with sub-skills, visibility, cursors.

Every search is scoped to this module's own organisations, so other tests' experts do not count.
"""

import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.services import eventually

pytestmark = pytest.mark.integration

EXPERTS = [
    {"name": "Oksana Bondarenko", "skills": ["design-thinking"], "languages": ["uk", "en"], "roles": ["coach"],
     "city": "Kharkiv", "country": "UA", "bio": "Фасилітує дизайн-спринти для університетів"},
    {"name": "Taras Shevchuk", "skills": ["service-design", "pitching"], "languages": ["uk"],
     "roles": ["trainer", "mentor"], "city": "Lviv", "country": "UA", "bio": "Service design for city councils"},
    {"name": "Aigerim Nurlanovna", "skills": ["game-design"], "languages": ["kk", "ru", "en"], "roles": ["speaker"],
     "city": "Almaty", "country": "KZ", "bio": "Secret sauce of indie studios",
     "visibility": {"bio": "network", "location": "network"}},
    {"name": "James Whitfield", "skills": ["data-science"], "languages": ["en"], "roles": ["speaker", "mentor"],
     "city": "Manchester", "country": "GB", "bio": "Data for creative businesses"},
]


@pytest.fixture(scope="module")
async def world(registry):
    _, admin = await new_user(registry.client, "search-admin")
    _, member = await new_user(registry.client, "search-member")
    university = await organisation(registry.client, admin, "Search University")
    business = await organisation(registry.client, admin, "Search Studio", kind="business")
    await organisation(registry.client, member, "Member's own")
    ids = {}
    for i, expert in enumerate(EXPERTS):
        home = [university["id"]] if i % 2 == 0 else [business["id"]]
        response = await registry.client.post("/experts", json={**expert, "organisation_ids": home}, headers=admin)
        assert response.status_code == 201, response.text
        ids[expert["name"]] = response.json()["id"]
    scope = {"organisation_id": [university["id"], business["id"]]}
    return {"ids": ids, "scope": scope, "member": member}


async def search(registry, world, headers=None, **params) -> dict:
    response = await registry.client.get("/experts", params={**world["scope"], **params}, headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


def names(result: dict) -> list[str]:
    return [e["name"] for e in result["items"]]


async def test_facets_count_every_expert_and_a_skill_counts_its_sub_skills(registry, world):
    result = await search(registry, world)
    assert result["total"] == 4
    assert result["facets"]["skill"]["creative-industries"] == 3
    assert result["facets"]["skill"]["design-thinking"] == 1
    assert result["facets"]["country"] == {"UA": 2, "GB": 1}
    assert result["facets"]["role"]["mentor"] == 2
    assert result["facets"]["organisation_kind"] == {"business": 2, "university": 2}


async def test_filtering_by_a_parent_skill_finds_experts_of_its_sub_skills(registry, world):
    result = await search(registry, world, skill="creative-industries")
    assert sorted(names(result)) == ["Aigerim Nurlanovna", "Oksana Bondarenko", "Taras Shevchuk"]


async def test_filters_combine_across_facets_and_alternate_within_one(registry, world):
    assert names(await search(registry, world, skill="creative-industries", language="uk", role="mentor")) == [
        "Taras Shevchuk"]
    both = await search(registry, world, city=["kharkiv", "Manchester"])
    assert sorted(names(both)) == ["James Whitfield", "Oksana Bondarenko"]
    assert both["facets"]["city"] == {"Kharkiv": 1, "Lviv": 1, "Manchester": 1}  # its own filter left out
    assert both["facets"]["country"] == {"GB": 1, "UA": 1}


async def test_full_text_finds_cyrillic_and_latin_words_and_ranks_names_first(registry, world):
    assert names(await search(registry, world, q="університетів")) == ["Oksana Bondarenko"]
    assert names(await search(registry, world, q="дизайн-мислення"))[0] == "Oksana Bondarenko"  # skill in Ukrainian
    assert names(await search(registry, world, q="service design"))[0] == "Taras Shevchuk"


@pytest.mark.parametrize("typo", ["Bondarneko", "oksna", "Shevcuk taras"])
async def test_names_are_found_despite_typos(registry, world, typo):
    assert names(await search(registry, world, q=typo)) != []


async def test_network_only_fields_neither_match_nor_count_for_the_public(registry, world):
    public = await search(registry, world, q="indie")
    assert public["items"] == []
    assert "Almaty" not in (await search(registry, world))["facets"]["city"]
    anonymous_view = (await search(registry, world, q="Aigerim"))["items"][0]
    assert "bio" not in anonymous_view and "city" not in anonymous_view
    member = await search(registry, world, headers=world["member"], q="indie")
    assert names(member) == ["Aigerim Nurlanovna"] and member["items"][0]["city"] == "Almaty"
    assert member["facets"]["city"]["Almaty"] == 1


async def test_contact_details_never_appear_in_search(registry, world):
    result = await registry.client.get("/experts", params={**world["scope"]}, headers=world["member"])
    assert "email" not in result.text.replace('"email":', "") and all("phone" not in e for e in result.json()["items"])


async def test_cursor_pages_through_every_expert_once(registry, world):
    seen, cursor = [], None
    while True:
        page = await search(registry, world, limit=1, **({"cursor": cursor} if cursor else {}))
        seen += names(page)
        if not (cursor := page["next_cursor"]):
            break
    assert sorted(seen) == sorted(EXPERTS_NAMES) and len(seen) == len(set(seen))
    ranked, cursor = [], None
    while True:
        page = await search(registry, world, q="design", limit=1, **({"cursor": cursor} if cursor else {}))
        ranked += names(page)
        if not (cursor := page["next_cursor"]):
            break
    assert len(ranked) == len(set(ranked)) >= 2


EXPERTS_NAMES = [e["name"] for e in EXPERTS]


@pytest.mark.parametrize(("params", "message"), [
    ({"skill": "basket-weaving"}, "skill[0]: unknown skill 'basket-weaving'"),
    ({"country": "Ukraine"}, "country[0]: 'Ukraine' is not an ISO 3166-1 alpha-2 country code"),
    ({"language": "ukr"}, "language[0]: 'ukr' is not an ISO 639-1 language code"),
    ({"cursor": "garbage"}, "cursor: not a cursor this search returned"),
    ({"role": "wizard"}, "role[0]: Input should be"),
])
async def test_bad_search_parameters_are_refused_precisely(registry, params, message):
    response = await registry.client.get("/experts", params=params)
    assert response.status_code == 422 and message in response.json()["detail"]


@pytest.mark.parametrize("params", [{}, {"skill": "creative-industries"}, {"q": "design", "language": "uk"},
                                    {"city": "KHARKIV"}, {"q": "Bondarneko"}, {"role": ["mentor", "speaker"]}])
async def test_the_in_memory_facet_index_answers_as_sql_does(registry, world, params):
    holder = registry.runtime.facet_index
    holder.index = None  # this search is answered by SQL, and starts a rebuild
    by_sql = await search(registry, world, headers=world["member"], **params)
    await eventually(lambda: holder.index is not None)
    by_index = await search(registry, world, headers=world["member"], **params)
    assert by_index == by_sql


async def test_organisations_are_found_by_name_in_any_script_with_typos_and_filtered(registry):
    _, admin = await new_user(registry.client, "org-search")
    kpi = await organisation(registry.client, admin, "Київський політехнічний інститут", city="Kyiv",
                             names={"en": "Igor Sikorsky Kyiv Polytechnic Institute"}, sectors=["engineering"])
    await organisation(registry.client, admin, "Kyiv Fashion Lab", kind="business", city="Kyiv")
    for q in ("politehnichnyi", "Sikorsky", "Polytechnik"):
        found = (await registry.client.get("/organisations", params={"q": q, "limit": 200})).json()["items"]
        assert kpi["id"] in {o["id"] for o in found}, q
    filtered = (await registry.client.get("/organisations", params={
        "q": "Kyiv", "kind": "university", "sector": "engineering", "limit": 200})).json()["items"]
    assert [o["id"] for o in filtered] == [kpi["id"]]
