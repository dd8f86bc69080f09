"""Hostile input to the events service gets a precise 4xx problem; search reads words, not stored JSON."""

from uuid import uuid4

import pytest

from tests.integration.events.conftest import event_body

pytestmark = pytest.mark.integration
NUL = "must not contain NUL characters"


def problem(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert (body["status"], body["code"]) == (status, code), body
    return body


@pytest.mark.parametrize("path, field", [
    ("/events?tag=%00", "query.tag"),
    ("/events?q=%00", "query.q"),
    ("/calendars/cities/%00.ics", "path.city"),
])
async def test_a_nul_in_the_path_or_query_is_a_422_naming_it(events, path, field):
    body = problem(await events.anonymous.get(path), 422, "validation_failed")
    assert body["errors"] == [{"field": field, "message": NUL}] and body["detail"] == f"{field}: {NUL}"


async def test_a_nul_in_a_draft_title_is_a_422_naming_it(events, registry):
    partnership = await registry.form_partnership()
    response = await events.client.post("/events", json=event_body(partnership.aggregate_id, title="Jam\u0000"))
    assert problem(response, 422, "validation_failed")["detail"] == f"title: {NUL}"


async def test_search_matches_words_of_titles_not_the_json_they_are_stored_in(events, registry):
    partnership = await registry.form_partnership()
    city = f"Ghent-{uuid4().hex[:6]}"
    body = event_body(partnership.aggregate_id, title="Creative jam: data and design",
                      venue={"address": "Korenmarkt 1", "city": city, "country": "BE"})
    drafted = await events.client.post("/events", json=body)
    assert drafted.status_code == 201, drafted.text
    assert (await events.client.post(f"/events/{drafted.json()['id']}/publish")).status_code == 200

    async def found(q: str) -> list[str]:
        response = await events.anonymous.get("/events", params={"q": q, "city": city})
        assert response.status_code == 200, response.text
        return [e["id"] for e in response.json()["items"]]

    assert await found("jam") == [drafted.json()["id"]]
    for q in ("{", "en", '":', "titles"):  # a language key, JSON punctuation: not words of the event
        assert await found(q) == [], q


async def test_unknown_events_are_not_found_problems(events):
    body = problem(await events.anonymous.get(f"/events/{uuid4()}"), 404, "not_found")
    assert body["detail"].endswith("not found")
