"""Calendar feeds over HTTP, parsed with the icalendar library as calendar clients would."""

import asyncio
from datetime import UTC, datetime
from uuid import uuid4

import icalendar
import pytest

from shared.contracts.registry import NetworkFormed
from tests.calendar_client import misread_instants
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


async def test_a_feed_is_the_same_bytes_until_an_event_changes_and_names_itself_in_the_language_asked(
        events, registry):
    formed = await registry.form_partnership()
    city = f"Lviv-{uuid4().hex[:6]}"
    # 02:30 summer time in London on 30 March 2031, an hour and a half after the clocks went forward at 01:00
    body = event_body(formed.aggregate_id, title={"en": "Spring jam", "uk": "Весняний джем"},
                      venue={"address": "1 Rynok Sq", "city": city, "country": "UA"}, timezone="Europe/London",
                      starts_at="2031-03-30T01:30:00+00:00", ends_at="2031-03-30T03:30:00+00:00")
    event_id = (await events.client.post("/events", json=body)).json()["id"]
    path = f"/calendars/cities/{city}.ics"
    empty = await events.anonymous.get(path)
    await events.client.post(f"/events/{event_id}/publish")

    first = (await events.anonymous.get(path)).content
    await asyncio.sleep(1.1)  # iCalendar times are to the second: a fetch time would show now
    again = (await events.anonymous.get(path)).content
    unchanged = await events.client.patch(f"/events/{event_id}", json={"title": {"en": "Spring jam"}})  # no edit
    after_nothing = (await events.anonymous.get(path)).content
    await events.client.patch(f"/events/{event_id}", json={"tags": ["spring"]})
    after_change = (await events.anonymous.get(path)).content

    assert unchanged.status_code == 200, unchanged.text
    assert first == again == after_nothing
    stamps = [icalendar.Calendar.from_ical(b).walk("VEVENT")[0]["dtstamp"].dt for b in (first, after_change)]
    assert after_change != first and stamps[1] >= stamps[0]  # to the second, as iCalendar writes it
    assert icalendar.Calendar.from_ical(empty.content).walk("VTIMEZONE")  # an empty feed has a component
    assert misread_instants(first, "Europe/London", datetime(2031, 1, 1, tzinfo=UTC),
                            datetime(2032, 1, 1, tzinfo=UTC)) == []
    uk = await ics(events.anonymous, f"{path}?lang=uk")
    one = await ics(events.anonymous, f"/events/{event_id}/calendar.ics?lang=uk")
    assert (str(uk["x-wr-calname"]), str(uk["name"])) == (f"sparknet: події у місті {city}",) * 2
    assert str(one["x-wr-calname"]) == "Весняний джем"


@pytest.mark.parametrize("feed", ["cities", "networks"])
async def test_a_feed_named_with_a_line_break_is_a_calendar_with_a_one_line_name(events, feed):
    cal = await ics(events.anonymous, f"/calendars/{feed}/Kyiv%0Aand%E2%80%A8Lviv.ics")

    assert str(cal["x-wr-calname"]).endswith("Kyiv and Lviv")
    assert str(cal["name"]) == str(cal["x-wr-calname"])


async def test_an_event_whose_title_breaks_lines_has_a_calendar_named_on_one_line(events, registry):
    formed = await registry.form_partnership()
    body = event_body(formed.aggregate_id, title="Data\nand design")
    event_id = (await events.client.post("/events", json=body)).json()["id"]

    cal = await ics(events.client, f"/events/{event_id}/calendar.ics")

    assert str(cal["x-wr-calname"]) == "Data and design"
    assert str(cal.walk("VEVENT")[0]["summary"]) == "Data\nand design"  # a text property keeps its lines
