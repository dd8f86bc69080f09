"""iCalendar feeds, parsed back with the icalendar library as a calendar client would."""

from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from services.events.calendars import ics
from services.events.event.domain import Event
from services.events.event.values import Schedule, Venue
from tests.calendar_client import misread_instants, zones_of
from tests.unit.events.factories import NOW, draft


def parsed(body: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(body)


def test_one_event_in_its_own_zone_with_a_vtimezone_across_the_dst_change():
    # Kyiv leaves summer time (+03:00 → +02:00) at 04:00 on 25 October 2026.
    event = draft(
        titles={"en": "Night of design", "uk": "Ніч дизайну"}, descriptions={"en": "Bring a laptop"},
        schedule=Schedule(starts_at=datetime(2026, 10, 24, 17, tzinfo=UTC),
                          ends_at=datetime(2026, 10, 25, 7, tzinfo=UTC), timezone="Europe/Kyiv"),
        venue=Venue(address="1 Rynok Sq", city="Lviv", country="UA"), tags=("design",),
    )
    event.publish(now=NOW)

    cal = parsed(ics.calendar([event], name="Night of design", language="uk"))

    [vevent] = cal.walk("VEVENT")
    assert (str(vevent["summary"]), str(vevent["description"])) == ("Ніч дизайну", "Bring a laptop")
    assert vevent["dtstart"].params["TZID"] == "Europe/Kyiv"
    assert vevent.start.isoformat() == "2026-10-24T20:00:00+03:00"
    assert vevent.end.isoformat() == "2026-10-25T09:00:00+02:00"
    # 14 real hours, though the wall clock shows 13 (Python subtracts same-zone times by the wall clock)
    assert vevent.end.astimezone(UTC) - vevent.start.astimezone(UTC) == event.schedule.duration
    assert str(vevent["uid"]) == f"{event.id}@events.sparknet"
    assert (str(vevent["status"]), str(vevent["location"])) == ("CONFIRMED", "1 Rynok Sq, Lviv, UA")
    [zone] = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Kyiv"
    assert cal["version"] == "2.0" and str(cal["prodid"]) == ics.PRODID


def test_a_feed_of_several_zones_and_a_cancelled_event():
    berlin = draft()
    online = draft(venue=None, online_url="https://meet.example.org/x",
                   schedule=Schedule(starts_at=datetime(2026, 5, 1, 9, tzinfo=UTC),
                                     ends_at=datetime(2026, 5, 1, 10, tzinfo=UTC), timezone="America/New_York"))
    for event in (berlin, online):
        event.publish(now=NOW)
    online.cancel(reason="Speaker ill")

    cal = parsed(ics.calendar([berlin, online], name="Feed"))

    assert {str(z["tzid"]) for z in cal.walk("VTIMEZONE")} == {"Europe/Berlin", "America/New_York"}
    statuses = {str(v["uid"]): (str(v["status"]), int(v["sequence"])) for v in cal.walk("VEVENT")}
    assert statuses == {f"{berlin.id}@events.sparknet": ("CONFIRMED", 0),
                        f"{online.id}@events.sparknet": ("CANCELLED", 1)}
    assert str(cal.walk("VEVENT")[1]["url"]) == "https://meet.example.org/x"


def _in(zone: str, starts_at: datetime) -> Event:
    event = draft(schedule=Schedule(starts_at=starts_at, ends_at=starts_at + timedelta(hours=2), timezone=zone))
    event.publish(now=NOW)
    return event


@pytest.mark.parametrize("zone", ["Europe/London", "Europe/Kyiv", "America/New_York", "Australia/Sydney",
                                  "Europe/Dublin", "Asia/Tokyo"])
def test_a_client_converting_with_the_feeds_vtimezone_shows_every_time_as_the_zone_rules_do(zone):
    # London's summer time starts at 01:00 on 29 March 2026 (from +00:00), Kyiv's at 03:00 (from +02:00)
    body = ics.calendar([_in(zone, datetime(2026, 6, 1, 9, tzinfo=UTC))], name="Summer")

    assert misread_instants(body, zone, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)) == []


def test_an_events_dtstamp_is_its_last_change_so_fetching_twice_gives_the_same_bytes():
    event = _in("Europe/Kyiv", datetime(2026, 6, 1, 9, tzinfo=UTC))
    event.changed_at = datetime(2026, 3, 2, 8, 30, 15, tzinfo=UTC)

    first = ics.calendar([event], name="Feed")

    assert ics.calendar([event], name="Feed") == first
    [vevent] = parsed(first).walk("VEVENT")
    assert vevent["dtstamp"].dt == event.changed_at


def test_an_empty_feed_still_holds_a_component_as_rfc_5545_asks():
    body = ics.calendar([], name="Nothing yet")

    cal = parsed(body)
    assert cal.walk("VEVENT") == []
    assert [str(z["tzid"]) for z in cal.walk("VTIMEZONE")] == ["UTC"]
    assert len(cal.subcomponents) >= 1
    assert b"BEGIN:STANDARD" in body and zones_of(body).get("UTC") is not None


@pytest.mark.parametrize(("language", "name"), [
    ("en", "sparknet: events in Lviv"), ("uk", "sparknet: події у місті Lviv"),
    ("de", "sparknet: Veranstaltungen in Lviv"), ("fr", "sparknet: events in Lviv"),
])
def test_a_feeds_name_is_in_the_language_asked_for(language, name):
    cal = parsed(ics.calendar([], name=ics.feed_name("city", "Lviv", language), language=language))

    assert (str(cal["x-wr-calname"]), str(cal["name"])) == (name, name)


@pytest.mark.parametrize("name", ["Kyiv\nand Lviv", "Kyiv\r\nand Lviv", "Kyiv\u2028and\x85Lviv", " Kyiv  and\tLviv "])
def test_a_calendar_name_with_line_breaks_is_written_on_one_line(name):
    cal = parsed(ics.calendar([], name=name))

    assert (str(cal["name"]), str(cal["x-wr-calname"])) == ("Kyiv and Lviv", "Kyiv and Lviv")
