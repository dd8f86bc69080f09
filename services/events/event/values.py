"""What an event is made of (its dates, venue and organisers), and the rules each part keeps. No I/O.

Messages name the offending field relative to the value (`capacity: ...`); the
aggregate adds where the value sits in the request with `located` (`ticket_types[1].capacity: ...`).
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from uuid import UUID
from zoneinfo import ZoneInfo, available_timezones

from shared.contracts.events import Organiser
from shared.errors import DomainError

SHARES_TOTAL_BPS = 10_000


@cache
def _tz_database() -> frozenset[str]:
    return frozenset(available_timezones())


def time_zone(name: str) -> ZoneInfo:
    # Looked up in the tz database's list, so a name can never be read as a file path.
    if name not in _tz_database():
        raise DomainError(f"timezone: unknown time zone {name!r}, expected an IANA name like Europe/Berlin")
    return ZoneInfo(name)


@dataclass(frozen=True)
class Schedule:
    """Two instants, kept in UTC, and the IANA zone attendees read them in.

    Wall-clock times come from the zone at each instant, so an event spanning a DST
    change shows the right local times and lasts exactly as long as it really does.
    """

    starts_at: datetime
    ends_at: datetime
    timezone: str

    def __post_init__(self) -> None:
        for name in ("starts_at", "ends_at"):
            if getattr(self, name).utcoffset() is None:
                raise DomainError(f"{name}: must carry a UTC offset, e.g. 2026-05-04T18:00:00+02:00")
            object.__setattr__(self, name, getattr(self, name).astimezone(UTC))
        object.__setattr__(self, "timezone", str(self.timezone))  # the name, also when given as a TimeZone
        time_zone(self.timezone)
        if self.ends_at <= self.starts_at:
            raise DomainError(f"ends_at: must be after starts_at ({self.starts_at.isoformat()})")

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(time_zone(self.timezone))

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at


@dataclass(frozen=True)
class Venue:
    address: str
    city: str
    country: str  # ISO 3166-1 alpha-2


@contextmanager
def located(prefix: str) -> Iterator[None]:
    """Prefix a rule's message with where the value sits: `ticket_types[1].capacity: ...`."""
    try:
        yield
    except DomainError as error:
        raise type(error)(f"{prefix}.{error.message}", status=error.status) from None


def check_organisers(organisers: Sequence[Organiser], *, paid: bool) -> None:
    """One lead; each partnership or organisation once; shares in basis points, summing to 10,000 once
    any ticket costs money."""
    if not organisers:
        raise DomainError("organisers: an event needs at least one organising partnership or organisation")
    seen: set[UUID] = set()
    for i, organiser in enumerate(organisers):
        if organiser.organiser_id in seen:
            raise DomainError(
                f"organisers[{i}].{organiser.kind}_id: {organiser.kind} {organiser.organiser_id} is listed twice"
            )
        seen.add(organiser.organiser_id)
    leads = sum(organiser.lead for organiser in organisers)
    if leads != 1:
        raise DomainError(f"organisers: exactly one organiser must be the lead, got {leads}")
    total = sum(organiser.revenue_share_bps for organiser in organisers)
    if paid and total != SHARES_TOTAL_BPS:
        raise DomainError(
            f"organisers: revenue shares must sum to {SHARES_TOTAL_BPS} basis points"
            f" when a ticket type is paid, got {total}"
        )
    if total > SHARES_TOTAL_BPS:
        raise DomainError(
            f"organisers: revenue shares must not exceed {SHARES_TOTAL_BPS} basis points, got {total}"
        )
