"""Finding resources: by kind and city, by the days they are available, and by city on a map."""

import pytest

from tests.integration.registry.helpers import new_user, organisation

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def offered(registry):
    _, owner = await new_user(registry.client, "resource-finder")
    home = await organisation(registry.client, owner, "Lutsk Makers", city="Lutsk")

    async def offer(title, kind, city, **window):
        response = await registry.client.post("/resources", headers=owner, json={
            "kind": kind, "organisation_id": home["id"], "title": title, "city": city, "country": "UA", **window})
        assert response.status_code == 201, response.text
        return response.json()["id"]

    return {"home": home, "ids": {
        "always": await offer("Always open hall", "venue", "Lutsk"),
        "spring": await offer("Spring studio", "venue", "Lutsk", available_from="2026-03-01",
                              available_until="2026-05-31"),
        "from-june": await offer("Summer coach", "coach", "Lutsk", available_from="2026-06-01"),
        "until-april": await offer("Lab kit", "equipment", "Rivne", available_until="2026-04-30"),
        "nowhere": await offer("Field kit", "equipment", "Nowhere-on-the-map"),
    }}


async def found(registry, offered, **params) -> set[str]:
    response = await registry.client.get("/resources", params={"organisation_id": offered["home"]["id"], **params})
    assert response.status_code == 200, response.text
    names = {v: k for k, v in offered["ids"].items()}
    return {names[r["id"]] for r in response.json()["items"]}


@pytest.mark.parametrize(("params", "expected"), [
    ({}, {"always", "spring", "from-june", "until-april", "nowhere"}),
    ({"available_on": "2026-04-15"}, {"always", "spring", "until-april", "nowhere"}),
    ({"available_on": "2026-06-01"}, {"always", "from-june", "nowhere"}),
    ({"available_on": "2026-03-01", "available_to": "2026-05-31"}, {"always", "spring", "nowhere"}),
    ({"available_on": "2026-05-20", "available_to": "2026-06-10"}, {"always", "nowhere"}),
    ({"available_on": "2026-04-15", "kind": "venue", "city": "lutsk"}, {"always", "spring"}),
])
async def test_resources_are_found_by_the_days_they_are_available(registry, offered, params, expected):
    assert await found(registry, offered, **params) == expected


@pytest.mark.parametrize(("params", "message"), [
    ({"available_to": "2026-05-01"}, "available_to: needs available_on, the first day of the window"),
    ({"available_on": "2026-05-02", "available_to": "2026-05-01"}, "available_to: must not be before available_on"),
    ({"available_on": "soon"}, "available_on: Input should be a valid date"),
])
@pytest.mark.parametrize("path", ["/resources", "/resources/geo"])
async def test_a_window_that_makes_no_sense_is_refused_precisely(registry, params, message, path):
    response = await registry.client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]


async def test_the_map_counts_matching_resources_per_city_by_kind(registry, offered):
    geo = (await registry.client.get("/resources/geo", params={"organisation_id": offered["home"]["id"]})).json()
    by_city = {f["properties"]["city"]: f for f in geo["features"]}
    assert set(by_city) == {"Lutsk", "Rivne"}
    lutsk = by_city["Lutsk"]
    assert lutsk["properties"] == {"city": "Lutsk", "country": "UA", "resources": 3,
                                   "by_kind": {"coach": 1, "venue": 2}}
    longitude, latitude = lutsk["geometry"]["coordinates"]
    assert 25 < longitude < 26 and 50 < latitude < 51
    assert [(c["city"], c["resources"]) for c in geo["unlocated"]] == [("Nowhere-on-the-map", 1)]
    in_spring = (await registry.client.get("/resources/geo", params={
        "organisation_id": offered["home"]["id"], "available_on": "2026-06-15", "kind": "coach"})).json()
    assert [(f["properties"]["city"], f["properties"]["by_kind"]) for f in in_spring["features"]] == [
        ("Lutsk", {"coach": 1})]
    assert in_spring["unlocated"] == []
