"""VTIMEZONE blocks (RFC 5545 §3.6.5) built from the zone rules Python itself uses (zoneinfo).

Clients that read the block rather than their own zone data convert times with it, so each onset must be
the instant of the change written in the wall-clock time in force *before* it (TZOFFSETFROM). icalendar's
`Timezone.from_tzinfo` writes spring onsets in the new time (London 02:00 from +0000 instead of 01:00), an
hour late. Here every change the zone makes in the years asked for is found by bisection and written as
its own STANDARD or DAYLIGHT component: no RRULE or RDATE, which every client reads alike.
"""

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar

STEP = timedelta(hours=6)  # no zone changes its clocks twice within this
UTC_ZONE = "UTC"


def _state(zone: ZoneInfo, instant: datetime) -> tuple:
    local = instant.astimezone(zone)
    return local.utcoffset(), local.dst(), local.tzname()


def transitions(zone: ZoneInfo, since: datetime, until: datetime) -> list[datetime]:
    """The UTC instants in [since, until) at which the zone's offset, DST or name changes."""
    found, low = [], since
    while low < until:
        high = min(low + STEP, until)
        if _state(zone, low) != _state(zone, high):
            before, after = low, high
            while after - before > timedelta(seconds=1):  # the first second of the new state
                middle = before + (after - before) / 2
                before, after = (middle, after) if _state(zone, middle) == _state(zone, before) else (before, middle)
            found.append(after.replace(microsecond=0))
        low = high
    return found


def _observance(zone: ZoneInfo, onset: datetime, offset_from: timedelta, *,
                negative_dst: bool) -> icalendar.cal.Component:
    offset_to, dst, name = _state(zone, onset)
    # Zone data give Dublin's winter a negative DST; calendars call its summer (IST) the daylight time.
    daylight = dst == timedelta(0) if negative_dst else bool(dst and dst > timedelta(0))
    component = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
    component.add("dtstart", (onset + offset_from).replace(tzinfo=None))  # local time before the change
    component.add("tzoffsetfrom", offset_from)
    component.add("tzoffsetto", offset_to)
    if name:
        component.add("tzname", name)
    return component


def vtimezone(name: str, first: date, last: date) -> icalendar.Timezone:
    """The zone's rules from `first` to `last`: the observance in force at `first`, then every change."""
    zone = ZoneInfo(name)
    since = datetime.combine(first, time(), UTC)
    onsets = transitions(zone, since, datetime.combine(last, time(), UTC))
    negative_dst = any((_state(zone, t)[1] or timedelta(0)) < timedelta(0) for t in [since, *onsets])
    block = icalendar.Timezone()
    block.add("tzid", name)
    in_force = _state(zone, since)[0]
    block.add_component(_observance(zone, since, in_force, negative_dst=negative_dst))
    for onset in onsets:
        block.add_component(_observance(zone, onset, in_force, negative_dst=negative_dst))
        in_force = _state(zone, onset)[0]
    return block


def add_timezones(calendar: icalendar.Calendar, zones: Iterable[str], *, first: date, last: date) -> None:
    """A VTIMEZONE for each zone used (UTC times are written as ...Z and need none), ahead of the events."""
    blocks = [vtimezone(name, first, last) for name in sorted(set(zones) - {UTC_ZONE})]
    calendar.subcomponents[:0] = blocks


def utc_block() -> icalendar.Timezone:
    """UTC's VTIMEZONE: the one component an empty feed carries, since RFC 5545 wants at least one."""
    return vtimezone(UTC_ZONE, date(1970, 1, 1), date(1970, 1, 1))


def span(starts: Iterable[datetime], ends: Iterable[datetime]) -> tuple[date, date]:
    """The years around some events the zone rules are given for: a year before the first to a year after
    the last, at least two calendar years (so a client editing an event nearby still finds the rules)."""
    first = min(starts).date() - timedelta(days=366)
    last = max(ends).date() + timedelta(days=366)
    return first, max(last, date(first.year + 2, 1, 1))
