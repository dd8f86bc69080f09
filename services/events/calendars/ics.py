"""Calendar feeds: iCalendar (RFC 5545) for one event or many, that calendar clients import.

Times are written in the event's own zone (DTSTART;TZID=Europe/Kyiv:...) with a VTIMEZONE
for each zone used, so clients show the right wall-clock time across DST changes. A
cancelled event stays in feeds as STATUS:CANCELLED so that clients remove it; SEQUENCE
grows with every change attendees see.
"""

from collections.abc import Iterable
from datetime import date, timedelta

import icalendar

from services.events.event import content
from services.events.event.domain import Event, EventStatus
from shared.envelope import utc_now

PRODID = "-//sparknet//events//EN"
MEDIA_TYPE = "text/calendar; charset=utf-8"
STATUS = {EventStatus.PUBLISHED: "CONFIRMED", EventStatus.COMPLETED: "CONFIRMED",
          EventStatus.CANCELLED: "CANCELLED", EventStatus.DRAFT: "TENTATIVE"}


def _location(event: Event) -> str | None:
    if event.venue:
        return f"{event.venue.address}, {event.venue.city}, {event.venue.country}"
    return event.online_url


def _vevent(event: Event, language: str | None) -> icalendar.Event:
    schedule = event.schedule
    vevent = icalendar.Event()
    vevent.add("uid", f"{event.id}@events.sparknet")
    vevent.add("dtstamp", utc_now())
    vevent.add("sequence", event.revision)
    vevent.add("dtstart", schedule.local(schedule.starts_at))
    vevent.add("dtend", schedule.local(schedule.ends_at))
    vevent.add("summary", content.in_language(event.titles, language))
    if description := content.in_language(event.descriptions, language):
        vevent.add("description", description)
    if location := _location(event):
        vevent.add("location", location)
    if event.online_url:
        vevent.add("url", event.online_url)
    vevent.add("status", STATUS[event.status])
    if event.tags:
        vevent.add("categories", list(event.tags))
    return vevent


def calendar(events: Iterable[Event], *, name: str, language: str | None = None) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    events = list(events)
    for event in events:
        cal.add_component(_vevent(event, language))
    if events:  # zone rules for the years the events span, not since 1970
        first = min(e.schedule.starts_at for e in events).date() - timedelta(days=366)
        last = max(e.schedule.ends_at for e in events).date() + timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=max(last, date(first.year + 2, 1, 1)))
    return cal.to_ical()
