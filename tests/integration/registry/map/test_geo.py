"""The geographic view over HTTP: cities as GeoJSON with gazetteer coordinates, the search's filters, one city."""

import pytest

pytestmark = pytest.mark.integration


async def cities(registry, world, headers=None, **params) -> dict:
    response = await registry.client.get("/map/geo", params={"network_id": world["network"]["id"], **params},
                                         headers=headers or {})
    assert response.status_code == 200, response.text
    return {f["properties"]["city"]: f for f in response.json()["features"]}


async def city(registry, world, name, country, headers=None, **params) -> dict:
    response = await registry.client.get("/map/geo/city", headers=headers or {}, params={
        "network_id": world["network"]["id"], "name": name, "in_country": country, **params})
    assert response.status_code == 200, response.text
    return response.json()


async def test_geojson_aggregates_by_city_with_gazetteer_coordinates(registry, world):
    features = await cities(registry, world)
    kharkiv = features["Kharkiv"]
    assert kharkiv["geometry"]["coordinates"] == pytest.approx([36.25, 49.98], abs=0.05)
    assert (kharkiv["properties"]["organisations"], kharkiv["properties"]["experts"]) == (2, 1)
    assert features["Almaty"]["properties"] == {"city": "Almaty", "country": "KZ", "organisations": 1, "experts": 1}
    assert features["Алмати"]["geometry"]["coordinates"] == features["Almaty"]["geometry"]["coordinates"]
    member = await cities(registry, world, headers=world["member"])
    assert member["Almaty"]["properties"]["experts"] == 2


async def test_an_expert_filter_counts_the_organisations_of_the_matching_experts(registry, world):
    features = await cities(registry, world, skill="software-engineering")
    assert {name: (f["properties"]["organisations"], f["properties"]["experts"]) for name, f in features.items()} == {
        "Almaty": (1, 1)}
    by_kind = await cities(registry, world, organisation_kind=["university", "business"])
    assert {name: f["properties"]["organisations"] for name, f in by_kind.items()} == {"Kharkiv": 1, "Алмати": 1}
    assert by_kind["Kharkiv"]["properties"]["experts"] == 1


async def test_one_city_lists_its_organisations_and_experts_with_links(registry, world):
    kharkiv = await city(registry, world, "Kharkiv", "UA")
    assert {o["name"] for o in kharkiv["organisations"]} == {"Kharkiv IT", "KhNU"}
    assert kharkiv["experts"] == [{"id": world["experts"]["Olha Designer"]["id"], "name": "Olha Designer"}]
    assert (kharkiv["organisations_total"], kharkiv["experts_total"]) == (2, 1)
    cyrillic = await city(registry, world, "Алмати", "kz")
    assert [o["name"] for o in cyrillic["organisations"]] == ["Almaty Studio"] and cyrillic["experts"] == []
    almaty = await city(registry, world, "almaty", "KZ", headers=world["member"])
    assert {e["name"] for e in almaty["experts"]} == {"Askar Coder", "Hidden Place"}
    outside = await city(registry, world, "Kharkiv", "UA", city="Almaty")
    assert (outside["organisations"], outside["experts"]) == ([], [])


async def test_bad_places_are_named(registry, world):
    response = await registry.client.get("/map/geo/city", params={"name": "Kharkiv", "in_country": "Ukraine"})
    assert response.status_code == 422
    assert response.json()["detail"] == "query.in_country: 'Ukraine' is not an ISO 3166-1 alpha-2 country code"
    missing = await registry.client.get("/map/geo/city", params={"in_country": "UA"})
    assert missing.status_code == 422
