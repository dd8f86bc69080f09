"""Calendar feeds over HTTP, parsed with the icalendar library as calendar clients would."""

from uuid import uuid4

import icalendar
import pytest

from shared.contracts.registry import NetworkFormed
from tests.integration.events.conftest import event_body

pytestmark = pytest.mark.integration


async def ics(client, path: str) -> icalendar.Calendar:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def uids(cal: icalendar.Calendar) -> list[str]:
    return [str(v["uid"]).removesuffix("@events.sparknet") for v in cal.walk("VEVENT")]


async def test_one_events_calendar_across_the_autumn_dst_change(events, registry):
    formed = await registry.form_partnership()
    # 20:00 on 25 October to 09:00 on 26 October 2031 in Kyiv, which leaves summer time at 04:00 on the 26th
    body = event_body(formed.aggregate_id, title={"en": "Night jam", "uk": "Нічний джем"},
                      starts_at="2031-10-25T20:00:00+03:00", ends_at="2031-10-26T09:00:00+02:00",
                      timezone="Europe/Kyiv")
    event_id = (await events.client.post("/events", json=body)).json()["id"]
    draft = await events.anonymous.get(f"/events/{event_id}/calendar.ics")
    await events.client.post(f"/events/{event_id}/publish")

    cal = await ics(events.anonymous, f"/events/{event_id}/calendar.ics?lang=uk")

    assert draft.status_code == 404  # drafts are nobody's business but the organisers'
    [vevent] = cal.walk("VEVENT")
    assert str(vevent["summary"]) == "Нічний джем"
    assert vevent["dtstart"].params["TZID"] == "Europe/Kyiv"
    assert vevent.start.isoformat() == "2031-10-25T20:00:00+03:00"
    assert vevent.end.isoformat() == "2031-10-26T09:00:00+02:00"
    assert [str(z["tzid"]) for z in cal.walk("VTIMEZONE")] == ["Europe/Kyiv"]


async def test_feeds_per_organiser_network_and_city(events, registry):
    programme = f"Creative Spark {uuid4().hex[:6]}"
    lead = await registry.form_partnership("Feed lead", programme=programme)
    other = await registry.form_partnership("Feed other")
    city = f"Odesa-{uuid4().hex[:6]}"
    venue = {"address": "Derybasivska 1", "city": city, "country": "UA"}
    ids = []
    for partnership, month in ((lead, "06"), (other, "07"), (lead, "08")):
        body = event_body(partnership.aggregate_id, venue=venue, timezone="Europe/Kyiv",
                          starts_at=f"2031-{month}-10T18:00:00+03:00", ends_at=f"2031-{month}-10T20:00:00+03:00")
        ids.append((await events.client.post("/events", json=body)).json()["id"])
    for event_id in ids[:2]:
        await events.client.post(f"/events/{event_id}/publish")  # the third stays a draft
    await events.client.post(f"/events/{ids[1]}/cancel", json={"reason": "Rain"})

    network = NetworkFormed(aggregate_id=uuid4(), name=f"Network {programme}", partnership_ids=(other.aggregate_id,))
    await registry.until_consumed(await registry.publish(network))

    organiser = await ics(events.anonymous, f"/calendars/organisers/{lead.aggregate_id}.ics")
    member = await ics(events.anonymous, f"/calendars/organisers/{lead.members[0].organisation_id}.ics")
    by_programme = await ics(events.anonymous, f"/calendars/networks/{programme}.ics")
    by_network = await ics(events.anonymous, f"/calendars/networks/{network.aggregate_id}.ics")
    by_city = await ics(events.anonymous, f"/calendars/cities/{city}.ics")

    assert uids(organiser) == uids(member) == uids(by_programme) == [ids[0]]
    assert uids(by_network) == [ids[1]]  # the registry's network of the other partnership
    assert uids(by_city) == ids[:2]
    assert [str(v["status"]) for v in by_city.walk("VEVENT")] == ["CONFIRMED", "CANCELLED"]
    assert str(by_city["x-wr-calname"]) == f"sparknet: events in {city}"
