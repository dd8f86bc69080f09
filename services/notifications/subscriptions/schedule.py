"""When a digest is due: the next chosen local time in the subscriber's time zone, DST included."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from services.notifications.subscriptions.domain import Digest
from shared.errors import DomainError


def check_timezone(name: str, field: str = "digest.timezone") -> ZoneInfo:
    if name not in _zones():
        raise DomainError(f"{field}: unknown time zone {name!r}; use an IANA name such as 'Europe/Kyiv'")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError(f"{field}: unknown time zone {name!r}") from None


_ZONES: set[str] = set()


def _zones() -> set[str]:
    if not _ZONES:
        _ZONES.update(available_timezones() | {"UTC"})
    return _ZONES


def next_digest_at(digest: Digest, after: datetime) -> datetime:
    """The first digest moment strictly after `after`, as a UTC instant.

    A local time skipped by a DST change (02:30 where clocks jump from 02:00 to 03:00) is
    shifted forward by the gap (03:30); a repeated one (autumn) is sent once, the first time.
    """
    zone = ZoneInfo(digest.timezone)
    local_day = after.astimezone(zone).date()
    for offset in range(0, 9):
        day = local_day + timedelta(days=offset)
        if digest.frequency == "weekly" and day.weekday() != digest.weekday:
            continue
        # fold=0 reads a repeated time as its first occurrence, a skipped one with the offset before the gap.
        moment = datetime.combine(day, digest.at, tzinfo=zone).astimezone(UTC)
        if moment > after:
            return moment
    raise AssertionError("a digest is due at least once a week")

