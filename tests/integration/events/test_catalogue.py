"""The public listing: published events only, filtered, a page at a time."""

from uuid import uuid4

import pytest

from tests.integration.events.conftest import event_body

pytestmark = pytest.mark.integration


async def publish(events, body) -> str:
    event_id = (await events.client.post("/events", json=body)).json()["id"]
    response = await events.client.post(f"/events/{event_id}/publish")
    assert response.status_code == 200, response.text
    return event_id


async def test_published_events_by_city_and_kind_a_page_at_a_time(events, registry):
    partnership = await registry.form_partnership()
    city = f"Tartu-{uuid4().hex[:6]}"  # a city no other test uses
    venue = {"address": "Ülikooli 18", "city": city, "country": "EE"}
    bodies = [
        event_body(partnership.aggregate_id, venue=venue, kind="seminar", starts_at=f"2031-0{m}-01T10:00:00+03:00",
                   ends_at=f"2031-0{m}-01T12:00:00+03:00", timezone="Europe/Tallinn")
        for m in (5, 6, 7)
    ]
    may, june, july = [await publish(events, body) for body in bodies]
    await events.client.post("/events", json=bodies[0])  # a draft: never listed

    first = (await events.client.get("/events", params={"city": city.lower(), "limit": 2})).json()
    next_page = {"city": city, "limit": 2, "cursor": first["next_cursor"]}
    second = (await events.client.get("/events", params=next_page)).json()

    assert [e["id"] for e in first["items"]] == [may, june]
    assert ([e["id"] for e in second["items"]], second["next_cursor"]) == ([july], None)

    summer = {"city": city, "from": "2031-06-01T00:00:00+03:00", "to": "2031-07-01T00:00:00+03:00"}
    assert [e["id"] for e in (await events.client.get("/events", params=summer)).json()["items"]] == [june]
    assert (await events.client.get("/events", params={"city": city, "kind": "festival"})).json()["items"] == []
