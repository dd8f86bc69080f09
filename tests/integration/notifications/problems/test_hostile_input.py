"""Hostile input to notifications gets a precise 4xx problem, never a 500."""

import pytest

pytestmark = pytest.mark.integration
NUL = "must not contain NUL characters"


async def test_a_nul_in_a_filter_city_is_a_422_naming_it(notifications):
    response = await notifications.client.post("/subscriptions", json={
        "channel": "webhook", "url": "https://hooks.example.org/in", "event_types": ["EventPublished"],
        "filters": {"city": "Kyiv\u0000"},
    })
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["detail"] == f"filters.city: {NUL}" and problem["code"] == "validation_failed"
    assert problem["errors"] == [{"field": "filters.city", "message": NUL}]


async def test_a_nul_in_a_query_is_a_422_naming_it(notifications):
    response = await notifications.client.get("/subscriptions?organisation_id=%00")
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [{"field": "query.organisation_id", "message": NUL}]


async def test_an_invalid_subscription_lists_its_fields(notifications):
    response = await notifications.client.post("/subscriptions", json={"channel": "pigeon"})
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"
    assert "channel" in {e["field"] for e in response.json()["errors"]}
