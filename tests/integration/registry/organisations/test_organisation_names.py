"""One organisation per name in a city: case, accents, spacing and punctuation do not make a second one."""

import uuid

import pytest

from tests.integration.registry.helpers import new_user, organisation

pytestmark = pytest.mark.integration
LVIV_POLYTECHNIC = "Lviv Polytechnic National University"


async def test_a_second_organisation_with_the_same_name_in_the_same_city_is_refused(registry):
    _, headers = await new_user(registry.client, "first-registrant")
    first = await organisation(registry.client, headers, LVIV_POLYTECHNIC, city="Lviv")
    _, other = await new_user(registry.client, "second-registrant")
    for name, city in [("  lviv   POLYTECHNIC national-university ", "Lviv"), (LVIV_POLYTECHNIC + ".", " lviv ")]:
        response = await registry.client.post("/organisations", headers=other, json={
            "name": name, "kind": "university", "country": "UA", "city": city})
        assert response.status_code == 409, response.text
        detail = response.json()["detail"]
        assert first["id"] in detail and LVIV_POLYTECHNIC in detail and "UA" in detail, detail
    listed = (await registry.client.get("/organisations", params={"city": "Lviv", "limit": 200})).json()["items"]
    assert [o["id"] for o in listed if o["name"] == LVIV_POLYTECHNIC] == [first["id"]]


async def test_accents_and_cyrillic_case_do_not_make_a_new_name(registry):
    _, headers = await new_user(registry.client, "accents")
    lyon = await organisation(registry.client, headers, "Université Lumière Lyon 2", country="FR", city="Lyon")
    lviv = await organisation(registry.client, headers, "Львівська політехніка", city="Львів")
    for name, country, city, existing in [("UNIVERSITE LUMIERE LYON 2", "FR", "Lyon", lyon),
                                          ("ЛЬВІВСЬКА  ПОЛІТЕХНІКА", "UA", "ЛЬВІВ", lviv)]:
        response = await registry.client.post("/organisations", headers=headers, json={
            "name": name, "kind": "university", "country": country, "city": city})
        assert response.status_code == 409, response.text
        assert existing["id"] in response.json()["detail"]


async def test_the_same_name_in_another_city_or_country_is_another_organisation(registry):
    _, headers = await new_user(registry.client, "elsewhere")
    name = f"Impact Hub {uuid.uuid4().hex[:8]}"
    await organisation(registry.client, headers, name, city="Kyiv")
    await organisation(registry.client, headers, name, city="Lviv")
    await organisation(registry.client, headers, name, country="DE", city="Kyiv")


async def test_renaming_or_moving_onto_an_existing_name_is_refused(registry):
    _, headers = await new_user(registry.client, "renamer")
    t = uuid.uuid4().hex[:8]
    taken = await organisation(registry.client, headers, f"Kharkiv Art Academy {t}", city="Kharkiv")
    mine = await organisation(registry.client, headers, f"Kharkiv Art Academy {t}", city="Poltava")
    moved = await registry.client.patch(f"/organisations/{mine['id']}", json={"city": "KHARKIV"}, headers=headers)
    assert moved.status_code == 409, moved.text
    assert taken["id"] in moved.json()["detail"]
    other = await organisation(registry.client, headers, f"Kharkiv Music School {t}", city="Kharkiv")
    renamed = await registry.client.patch(f"/organisations/{other['id']}", json={"name": f"kharkiv art-academy {t}"},
                                          headers=headers)
    assert renamed.status_code == 409, renamed.text
    assert taken["id"] in renamed.json()["detail"]
    recased = await registry.client.patch(f"/organisations/{taken['id']}", json={"name": f"Kharkiv ART Academy {t}"},
                                          headers=headers)
    assert recased.status_code == 200, recased.text  # its own name, written differently
    website = await registry.client.patch(f"/organisations/{mine['id']}", json={"website": "https://kaa.example.org"},
                                          headers=headers)
    assert website.status_code == 200, website.text


@pytest.mark.parametrize(("one", "other", "alike"), [
    ("Lviv Polytechnic National University", "  LVIV polytechnic -- national, university.", True),
    ("Université Lumière Lyon 2", "UNIVERSITE LUMIERE LYON 2", True),
    ("Ukrainian Catholic University", "Ukrainian Catholic Univ.", False),
    ("Харківська школа «Дизайн»", "ХАРКІВСЬКА ШКОЛА ДИЗАЙН", True),
    ("L'viv Hub", "Lviv  Hub", True),
    ("Kyiv Hub", "Київ Hub", False),  # no transliteration: another script is another name
    ("Łódź Film School", "LODZ FILM SCHOOL", False),  # Ł is a letter of its own, not an accented L
    ("Łódź Film School", "ŁODZ FILM SCHOOL", True),
])
async def test_what_counts_as_the_same_name(registry, one, other, alike):
    same = await registry.runtime.pool.fetchval(
        "SELECT organisation_name_key($1) = organisation_name_key($2)", one, other)
    assert same is alike


async def test_an_organisation_registered_twice_before_the_rule_shows_the_one_it_duplicates(registry):
    """The migration marked later copies with `duplicate_of`; readers see it, and it goes once the copy is renamed."""
    _, headers = await new_user(registry.client, "twice-registered")
    name = f"Odesa Film School {uuid.uuid4().hex[:8]}"
    oldest = await organisation(registry.client, headers, name, city="Odesa")
    assert oldest["duplicate_of"] is None
    copy_id = await registry.runtime.pool.fetchval(  # as the migration left a copy registered before names were unique
        "INSERT INTO organisations (id, name, kind, country, city, duplicate_of) VALUES"
        " (gen_random_uuid(), $1, 'college', 'UA', 'Odesa', $2) RETURNING id", name.upper(), uuid.UUID(oldest["id"]))
    await registry.runtime.pool.execute(
        "INSERT INTO memberships (user_id, organisation_id, role) SELECT user_id, $1, 'admin' FROM memberships"
        " WHERE organisation_id = $2", copy_id, uuid.UUID(oldest["id"]))
    read = await registry.client.get(f"/organisations/{copy_id}")
    assert read.status_code == 200 and read.json()["duplicate_of"] == oldest["id"], read.text
    listed = (await registry.client.get("/organisations", params={"city": "odesa", "limit": 200})).json()["items"]
    assert {o["id"]: o["duplicate_of"] for o in listed if o["id"] in {oldest["id"], str(copy_id)}} == {
        oldest["id"]: None, str(copy_id): oldest["id"]}
    renamed = await registry.client.patch(f"/organisations/{copy_id}", json={"name": f"{name} Studio"},
                                          headers=headers)
    assert renamed.status_code == 200 and renamed.json()["duplicate_of"] is None, renamed.text


async def test_the_country_filter_takes_codes_in_any_case_and_refuses_unknown_ones_precisely(registry):
    _, headers = await new_user(registry.client, "country-filter")
    moldovan = await organisation(registry.client, headers, f"Chisinau Hub {uuid.uuid4().hex[:8]}", country="MD",
                                  city="Chisinau")
    for code in ("MD", "md", "Md"):
        found = await registry.client.get("/organisations", params={"country": code, "city": "chisinau", "limit": 200})
        assert found.status_code == 200 and moldovan["id"] in [o["id"] for o in found.json()["items"]], found.text
    unknown = await registry.client.get("/organisations", params={"country": "J\u0003"})
    assert unknown.status_code == 422
    assert unknown.json()["errors"] == [{"field": "query.country",
                                         "message": "'J\\x03' is not an ISO 3166-1 alpha-2 country code"}]
