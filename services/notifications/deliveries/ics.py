"""An event as an iCalendar (RFC 5545) attachment, METHOD:PUBLISH, for the buyer's own calendar.

Times are written in the event's zone (DTSTART;TZID=Europe/Kyiv:...) with its VTIMEZONE, so a client shows
the wall-clock time the organisers set across DST changes. The UID is the one the events service's feeds
give the event, so a calendar that follows those feeds as well keeps one entry.
"""

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from shared import ical_zones
from shared.envelope import utc_now

PRODID = "-//sparknet//notifications//EN"
MEDIA_TYPE = ("text", "calendar")
# What the confirmation takes from the event's publication (and rescheduling), as notifications learned it.
CALENDAR_FACTS = ("title", "titles", "starts_at", "ends_at", "timezone", "venue", "city", "country", "online_url")


def location(facts: dict[str, Any]) -> str | None:
    """The address of an in-person event, else its online link."""
    place = [facts.get(k) for k in ("venue", "city", "country") if facts.get(k)]
    return ", ".join(place) if place else facts.get("online_url")


def has_dates(facts: dict[str, Any]) -> bool:
    return bool(facts.get("starts_at") and facts.get("ends_at"))


def event_ics(event_id: str, facts: dict[str, Any], *, title: str, url: str = "", description: str = "",
              ) -> bytes | None:
    """The VCALENDAR of one event, or None when its dates are not known (yet) to notifications."""
    if not has_dates(facts):
        return None
    zone = _zone(facts.get("timezone"))
    starts = datetime.fromisoformat(facts["starts_at"]).astimezone(zone)
    ends = datetime.fromisoformat(facts["ends_at"]).astimezone(zone)
    vevent = icalendar.Event()
    vevent.add("uid", f"{event_id}@events.sparknet")
    vevent.add("dtstamp", utc_now())
    vevent.add("dtstart", starts)
    vevent.add("dtend", ends)
    vevent.add("summary", title)
    vevent.add("status", "CONFIRMED")
    if place := location(facts):
        vevent.add("location", place)
    if url:
        vevent.add("url", url)
    if description:
        vevent.add("description", description)
    cal = icalendar.Calendar()
    for name, value in (("prodid", PRODID), ("version", "2.0"), ("calscale", "GREGORIAN"), ("method", "PUBLISH")):
        cal.add(name, value)
    cal.add_component(vevent)
    first, last = ical_zones.span([starts], [ends])  # the zone's rules around the event's years, not since 1970
    ical_zones.add_timezones(cal, [zone.key], first=first, last=last)
    return cal.to_ical()


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")  # still the right instant, in UTC
