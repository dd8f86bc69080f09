"""Calendar feeds: iCalendar (RFC 5545) for one event or many, that calendar clients import.

Times are written in the event's own zone (DTSTART;TZID=Europe/Kyiv:...) with a VTIMEZONE
for each zone used, so clients show the right wall-clock time across DST changes. A
cancelled event stays in feeds as STATUS:CANCELLED so that clients remove it; SEQUENCE
grows with every change attendees see, DTSTAMP is when the event last changed (RFC 5545
§3.8.7.2, a feed without METHOD), so an unchanged feed is the same bytes at every fetch.
"""

from collections.abc import Iterable
from datetime import UTC, datetime

import icalendar

from services.events.event import content
from services.events.event.domain import Event, EventStatus
from shared import ical_zones

PRODID = "-//sparknet//events//EN"
MEDIA_TYPE = "text/calendar; charset=utf-8"
STATUS = {EventStatus.PUBLISHED: "CONFIRMED", EventStatus.COMPLETED: "CONFIRMED",
          EventStatus.CANCELLED: "CANCELLED", EventStatus.DRAFT: "TENTATIVE"}
NEVER_SAVED = datetime(1970, 1, 1, tzinfo=UTC)  # the DTSTAMP of an event not stored yet
FEED_NAMES = {
    "en": {"city": "sparknet: events in {}", "organiser": "sparknet: organiser {}", "network": "sparknet: {}"},
    "uk": {"city": "sparknet: події у місті {}", "organiser": "sparknet: організатор {}", "network": "sparknet: {}"},
    "de": {"city": "sparknet: Veranstaltungen in {}", "organiser": "sparknet: Veranstalter {}",
           "network": "sparknet: {}"},
}


def feed_name(kind: str, subject: str, language: str | None) -> str:
    """A feed's name in `language`, English when we do not write it."""
    return FEED_NAMES.get(language or "en", FEED_NAMES["en"])[kind].format(subject)


def _location(event: Event) -> str | None:
    if event.venue:
        return f"{event.venue.address}, {event.venue.city}, {event.venue.country}"
    return event.online_url


def _vevent(event: Event, language: str | None) -> icalendar.Event:
    schedule = event.schedule
    vevent = icalendar.Event()
    vevent.add("uid", f"{event.id}@events.sparknet")
    vevent.add("dtstamp", event.changed_at or event.published_at or NEVER_SAVED)
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


def one_line(text: str) -> str:
    """`text` with every run of whitespace (line breaks too) a single space: icalendar writes the calendar's
    name (NAME, X-WR-CALNAME) as it is, and a line break there would end the content line."""
    return " ".join(text.split())


def calendar(events: Iterable[Event], *, name: str, language: str | None = None) -> bytes:
    name = one_line(name)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", name)  # RFC 7986; X-WR-CALNAME for the clients that predate it
    cal.add("x-wr-calname", name)
    events = list(events)
    for event in events:
        cal.add_component(_vevent(event, language))
    if events:  # zone rules for the years the events span, not since 1970
        first, last = ical_zones.span((e.schedule.starts_at for e in events), (e.schedule.ends_at for e in events))
        ical_zones.add_timezones(cal, {e.schedule.timezone for e in events}, first=first, last=last)
    else:  # RFC 5545 wants at least one component; a zone block is one no client shows as an entry
        cal.add_component(ical_zones.utc_block())
    return cal.to_ical()
