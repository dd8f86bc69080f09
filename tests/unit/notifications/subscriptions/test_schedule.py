"""Digests fall due at the chosen local time in the subscriber's own time zone, DST included."""

from datetime import UTC, datetime, time

import pytest

from services.notifications.subscriptions.schedule import check_timezone, next_digest_at
from services.notifications.subscriptions.domain import Digest
from shared.errors import DomainError


def daily(at: str, zone: str) -> Digest:
    return Digest("daily", time.fromisoformat(at), None, zone)


@pytest.mark.parametrize(("zone", "expected_utc"), [
    ("Europe/Kyiv", "2031-01-16T06:00"),  # UTC+2 in winter; 11:00 there already: tomorrow
    ("Asia/Tokyo", "2031-01-15T23:00"),  # already past 08:00 there on the 15th: the 16th
    ("America/New_York", "2031-01-15T13:00"),
    ("Australia/Adelaide", "2031-01-15T21:30"),  # +10:30 in its summer
    ("UTC", "2031-01-16T08:00"),
])
def test_a_daily_digest_is_due_at_eight_local_time_in_each_zone(zone, expected_utc):
    after = datetime(2031, 1, 15, 9, 0, tzinfo=UTC)
    due = next_digest_at(daily("08:00", zone), after)
    assert due == datetime.fromisoformat(expected_utc).replace(tzinfo=UTC)


def test_across_the_spring_change_the_local_time_stays_and_the_utc_instant_moves():
    digest = daily("08:00", "Europe/Kyiv")  # clocks go forward on 2031-03-30 at 03:00
    before = next_digest_at(digest, datetime(2031, 3, 29, 0, tzinfo=UTC))
    after = next_digest_at(digest, before)
    assert before == datetime(2031, 3, 29, 6, tzinfo=UTC)  # 08:00 EET (+2)
    assert after == datetime(2031, 3, 30, 5, tzinfo=UTC)  # 08:00 EEST (+3)


def test_across_the_autumn_change_in_new_york():
    digest = daily("07:30", "America/New_York")  # clocks go back on 2031-11-02
    first = next_digest_at(digest, datetime(2031, 11, 1, 0, tzinfo=UTC))
    second = next_digest_at(digest, first)
    assert (first, second) == (datetime(2031, 11, 1, 11, 30, tzinfo=UTC), datetime(2031, 11, 2, 12, 30, tzinfo=UTC))


def test_a_time_skipped_by_the_spring_change_is_sent_once_an_hour_later():
    digest = daily("02:30", "America/New_York")  # 2031-03-09 02:00 -> 03:00
    due = next_digest_at(digest, datetime(2031, 3, 9, 0, tzinfo=UTC))
    assert due == datetime(2031, 3, 9, 7, 30, tzinfo=UTC)  # 03:30 EDT
    assert next_digest_at(digest, due) == datetime(2031, 3, 10, 6, 30, tzinfo=UTC)  # 02:30 EDT


def test_a_time_repeated_by_the_autumn_change_is_sent_once():
    digest = daily("01:30", "America/New_York")  # 2031-11-02 01:00-02:00 happens twice
    first = next_digest_at(digest, datetime(2031, 11, 2, 0, tzinfo=UTC))
    second = next_digest_at(digest, first)
    assert first == datetime(2031, 11, 2, 5, 30, tzinfo=UTC)  # the first 01:30 (EDT)
    assert second == datetime(2031, 11, 3, 6, 30, tzinfo=UTC)  # not 06:30 on the 2nd, the repeated 01:30


def test_a_weekly_digest_is_due_on_its_weekday():
    digest = Digest("weekly", time(9), 0, "Europe/Lisbon")  # Mondays 09:00
    due = next_digest_at(digest, datetime(2031, 1, 15, 12, tzinfo=UTC))  # a Wednesday
    assert due == datetime(2031, 1, 20, 9, tzinfo=UTC) and due.weekday() == 0
    assert next_digest_at(digest, due) == datetime(2031, 1, 27, 9, tzinfo=UTC)


def test_a_weekly_digest_on_the_same_day_but_later_is_due_today():
    digest = Digest("weekly", time(18), 2, "Asia/Tokyo")  # Wednesdays 18:00 JST = 09:00 UTC
    assert next_digest_at(digest, datetime(2031, 1, 15, 1, tzinfo=UTC)) == datetime(2031, 1, 15, 9, tzinfo=UTC)


@pytest.mark.parametrize("name", ["Europe/Kiev2", "Mars/Olympus", "", "../etc/passwd", "utc+3"])
def test_an_unknown_time_zone_is_refused_by_name(name):
    with pytest.raises(DomainError, match=r"digest.timezone: unknown time zone"):
        check_timezone(name)
