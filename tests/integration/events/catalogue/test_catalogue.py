"""The public catalogue: published events only, filtered, a page at a time, with seats left."""

from datetime import timedelta
from uuid import uuid4

import pytest

from shared.contracts.billing import SeatsAvailabilityChanged
from shared.envelope import utc_now
from tests.integration.events.conftest import event_body

pytestmark = pytest.mark.integration


async def publish(events, body) -> str:
    drafted = await events.client.post("/events", json=body)
    assert drafted.status_code == 201, drafted.text
    response = await events.client.post(f"/events/{drafted.json()['id']}/publish")
    assert response.status_code == 200, response.text
    return drafted.json()["id"]


async def found(events, **params) -> list[str]:
    response = await events.anonymous.get("/events", params=params)
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["items"]]


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

    first = (await events.anonymous.get("/events", params={"city": city.lower(), "limit": 2})).json()
    next_page = {"city": city, "limit": 2, "cursor": first["next_cursor"]}
    second = (await events.anonymous.get("/events", params=next_page)).json()

    assert [e["id"] for e in first["items"]] == [may, june]
    assert ([e["id"] for e in second["items"]], second["next_cursor"]) == ([july], None)

    summer = {"city": city, "from": "2031-06-01T00:00:00+03:00", "to": "2031-07-01T00:00:00+03:00"}
    assert await found(events, **summer) == [june]
    assert await found(events, city=city, kind="festival") == []


async def test_every_filter_of_the_catalogue(events, registry):
    lead, other = await registry.form_partnership("Filters"), await registry.form_partnership("Elsewhere")
    marker = uuid4().hex[:8]  # a word only this test's events carry
    city = f"Lviv-{marker}"
    lviv = {"address": "1 Rynok Sq", "city": city, "country": "UA"}
    free = [{"name": "Free", "price": {"amount": 0, "currency": "UAH"}, "capacity": 5}]
    workshop = await publish(events, event_body(
        lead.aggregate_id, title={"en": f"Service design {marker}", "uk": "Сервіс-дизайн"}, kind="workshop",
        venue=lviv, languages=["uk"], tags=["design", marker], starts_at="2032-04-01T10:00:00+03:00",
        ends_at="2032-04-01T12:00:00+03:00", timezone="Europe/Kyiv",
        ticket_types=[{"name": "Standard", "price": {"amount": 20000, "currency": "UAH"}, "capacity": 3}]))
    webinar = await publish(events, event_body(
        other.aggregate_id, title=f"Data webinar {marker}", kind="webinar", venue=None, tags=[marker],
        online_url="https://meet.example.org/data", languages=["en"], ticket_types=free,
        starts_at="2032-05-01T10:00:00Z", ends_at="2032-05-01T11:00:00Z", timezone="UTC"))
    [standard] = (await events.anonymous.get(f"/events/{workshop}")).json()["ticket_types"]
    # Dated ahead: newer than what any billing on the shared Kafka counts on seeing EventPublished.
    sold_out = SeatsAvailabilityChanged(aggregate_id=standard["id"], event_id=workshop, capacity=3, sold=3, held=0,
                                        left=0, occurred_at=utc_now() + timedelta(minutes=1))
    await registry.until_consumed(await registry.publish(sold_out))

    assert await found(events, q=marker) == [workshop, webinar]
    assert await found(events, q=f"DATA WEBINAR {marker}") == [webinar]
    assert await found(events, tag=marker, kind="webinar") == [webinar]
    assert await found(events, tag=[marker, "design"]) == [workshop]
    assert await found(events, q=marker, city=city.upper(), country="ua") == [workshop]
    assert await found(events, q=marker, language="uk") == [workshop]
    assert await found(events, q=marker, organiser=str(other.aggregate_id)) == [webinar]
    assert await found(events, q=marker, organiser=str(lead.members[1].organisation_id)) == [workshop]
    assert await found(events, q=marker, paid="false") == [webinar]
    assert await found(events, q=marker, paid="true") == [workshop]
    assert await found(events, q=marker, available="true") == [webinar]
    assert await found(events, q=marker, **{"from": "2032-04-15T00:00:00Z"}) == [webinar]
    page = (await events.anonymous.get("/events", params={"q": marker, "lang": "uk"})).json()["items"]
    assert [(e["title"], e["seats_left"]) for e in page] == [
        ("Сервіс-дизайн", 0), (f"Data webinar {marker}", 5)]
    assert page[0]["co_organisers"][0]["name"] == "Filters"


async def test_bad_filters_are_refused_precisely(events):
    for params, detail in (
        ({"from": "2031-06-01T00:00:00Z", "to": "2031-05-01T00:00:00Z"}, "to: must be after from"),
        ({"language": "english"}, "language: String should match pattern"),
        ({"paid": "maybe"}, "paid: Input should be a valid boolean"),
        ({"from": "2031-06-01T00:00:00"}, "from: Input should have timezone info"),
    ):
        response = await events.anonymous.get("/events", params=params)
        assert response.status_code == 422, params
        assert detail in response.json()["detail"]
