"""What an event is made of, and the rules each part keeps. No I/O.

Messages name the offending field relative to the value (`capacity: ...`); the
aggregate adds where the value sits in the request (`ticket_types[1].capacity: ...`).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Literal
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo, available_timezones

from services.events.currencies import CIRCULATING
from shared.contracts.events import Organiser, TicketTypeOffer
from shared.errors import DomainError
from shared.money import Money

SHARES_TOTAL_BPS = 10_000
DEFAULT_MAX_PER_ORDER = 10


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


@dataclass(frozen=True)
class TicketType:
    name: str
    price: Money
    capacity: int
    max_per_order: int | None = None  # None: up to DEFAULT_MAX_PER_ORDER, never above capacity
    sales_start: datetime | None = None
    sales_end: datetime | None = None
    visibility: Literal["public", "hidden"] = "public"  # hidden: sold only to partners given its id
    quota: str | None = None  # the name of a quota shared with other types of the event
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        if self.max_per_order is None:
            object.__setattr__(self, "max_per_order", min(DEFAULT_MAX_PER_ORDER, self.capacity))

    @property
    def paid(self) -> bool:
        return self.price.amount > 0

    def offer(self) -> TicketTypeOffer:
        """What billing sells from: the ticket type as EventPublished carries it."""
        return TicketTypeOffer(
            ticket_type_id=self.id, name=self.name, price=self.price, capacity=self.capacity,
            max_per_order=self.max_per_order, sales_start=self.sales_start, sales_end=self.sales_end,
            visibility=self.visibility, quota=self.quota,
        )

    def check(self, schedule: Schedule) -> None:
        if self.price.currency not in CIRCULATING:
            raise DomainError(f"price.currency: {self.price.currency!r} is not a circulating ISO 4217 currency")
        if self.capacity < 1:
            raise DomainError(f"capacity: must be at least 1, got {self.capacity}")
        if not 1 <= self.max_per_order <= self.capacity:
            raise DomainError(
                f"max_per_order: must be between 1 and the capacity {self.capacity}, got {self.max_per_order}"
            )
        if self.sales_start and self.sales_start >= schedule.ends_at:
            raise DomainError(f"sales_start: must be before the event ends ({schedule.ends_at.isoformat()})")
        if self.sales_start and self.sales_end and self.sales_end <= self.sales_start:
            raise DomainError("sales_end: must be after sales_start")
        if self.sales_end and self.sales_end > schedule.ends_at:
            raise DomainError(f"sales_end: must not be after the event ends ({schedule.ends_at.isoformat()})")


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
