"""The rules an event's parts keep: schedule and time zones, organisers, ticket types."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from services.events.event.values import Schedule
from shared.errors import DomainError
from shared.money import Money
from tests.unit.events.factories import NOW, draft, free_ticket_type, organisers, schedule, ticket_type

BERLIN_SUMMER = timezone(timedelta(hours=2))
BERLIN_WINTER = timezone(timedelta(hours=1))


def test_instants_are_kept_in_utc():
    s = schedule(starts_at=datetime(2026, 6, 1, 18, 0, tzinfo=BERLIN_SUMMER),
                 ends_at=datetime(2026, 6, 1, 21, 0, tzinfo=BERLIN_SUMMER))

    assert s.starts_at == datetime(2026, 6, 1, 16, 0, tzinfo=UTC)
    assert s.starts_at.tzinfo is UTC


def test_an_event_across_the_spring_dst_change_keeps_its_wall_clock_and_real_length():
    # Berlin moves from +01:00 to +02:00 at 02:00 on 29 March 2026.
    s = schedule(starts_at=datetime(2026, 3, 28, 20, 0, tzinfo=BERLIN_WINTER),
                 ends_at=datetime(2026, 3, 29, 20, 0, tzinfo=BERLIN_SUMMER))

    assert s.duration == timedelta(hours=23)
    assert s.local(s.starts_at).isoformat() == "2026-03-28T20:00:00+01:00"
    assert s.local(s.ends_at).isoformat() == "2026-03-29T20:00:00+02:00"


def test_local_times_follow_the_zone_not_the_offset_sent():
    # Sent in UTC, shown in Berlin time: summer time in October until the 25th.
    s = schedule(starts_at=datetime(2026, 10, 24, 23, 30, tzinfo=UTC),
                 ends_at=datetime(2026, 10, 25, 2, 30, tzinfo=UTC))

    assert s.local(s.starts_at).isoformat() == "2026-10-25T01:30:00+02:00"
    assert s.local(s.ends_at).isoformat() == "2026-10-25T03:30:00+01:00"
    assert s.duration == timedelta(hours=3)


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "europe/berlin", "../../etc/passwd", "", "CEST"])
def test_an_unknown_time_zone_is_refused_by_name(name):
    with pytest.raises(DomainError, match=f"timezone: unknown time zone {name!r}"):
        schedule(timezone=name)


def test_the_end_must_come_after_the_start():
    with pytest.raises(DomainError, match="ends_at: must be after starts_at"):
        schedule(starts_at=NOW, ends_at=NOW)


def test_end_after_start_compares_instants_not_wall_clocks():
    # 10:30 in Lisbon (+00:00) is after 11:00 in Berlin (+01:00).
    s = schedule(starts_at=datetime(2026, 1, 10, 11, 0, tzinfo=BERLIN_WINTER),
                 ends_at=datetime(2026, 1, 10, 10, 30, tzinfo=UTC))

    assert s.duration == timedelta(minutes=30)


def test_a_naive_time_is_refused():
    with pytest.raises(DomainError, match="starts_at: must carry a UTC offset"):
        Schedule(starts_at=datetime(2026, 6, 1, 18), ends_at=NOW, timezone="Europe/Berlin")


@pytest.mark.parametrize(
    ("team", "message"),
    [
        (organisers(), "organisers: an event needs at least one organising partnership"),
        (organisers(6000, 3000), "must sum to 10000 basis points when a ticket type is paid, got 9000"),
        (organisers(6000, 4001), "got 10001"),
    ],
)
def test_organisers_of_a_paid_event(team, message):
    with pytest.raises(DomainError, match=message):
        draft(organisers=team)


def test_exactly_one_organiser_leads():
    team = organisers(5000, 5000)
    both_lead = (team[0], team[1].model_copy(update={"lead": True}))
    nobody_leads = (team[0].model_copy(update={"lead": False}), team[1])

    for wrong, count in ((both_lead, 2), (nobody_leads, 0)):
        with pytest.raises(DomainError, match=f"exactly one organiser must be the lead, got {count}"):
            draft(organisers=wrong)


def test_a_partnership_organises_an_event_once():
    [lead, partner] = organisers(5000, 5000)
    twice = (lead, partner.model_copy(update={"partnership_id": lead.partnership_id}))

    with pytest.raises(DomainError, match=rf"organisers\[1\].partnership_id: partnership {lead.partnership_id}"):
        draft(organisers=twice)


def test_shares_of_a_free_event_need_not_add_up_but_cannot_exceed_the_whole():
    draft(organisers=organisers(0, 0), ticket_types=[free_ticket_type()])

    with pytest.raises(DomainError, match="must not exceed 10000 basis points, got 12000"):
        draft(organisers=organisers(6000, 6000), ticket_types=[free_ticket_type()])


def test_rules_of_a_ticket_type_name_where_it_sits():
    test_currency = ticket_type(name="Test", price=Money(amount=1, currency="XTS"))

    with pytest.raises(DomainError, match=r"ticket_types\[1\].price.currency: 'XTS' is not a circulating ISO 4217"):
        draft(ticket_types=[ticket_type(), test_currency])


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"capacity": 0}, "capacity: must be at least 1"),
        ({"capacity": 5, "max_per_order": 6}, "max_per_order: must be between 1 and the capacity 5, got 6"),
        ({"sales_start": NOW, "sales_end": NOW - timedelta(days=1)}, "sales_end: must be after sales_start"),
        ({"sales_end": NOW + timedelta(days=60)}, "sales_end: must not be after the event ends"),
        ({"sales_start": NOW + timedelta(days=60)}, "sales_start: must be before the event ends"),
    ],
)
def test_ticket_type_rules(fields, message):
    with pytest.raises(DomainError, match=rf"ticket_types\[0\].{message}"):
        draft(ticket_types=[ticket_type(**fields)])


def test_at_most_ten_per_order_unless_capacity_is_smaller():
    assert ticket_type(capacity=100).max_per_order == 10
    assert ticket_type(capacity=4).max_per_order == 4


def test_ticket_types_of_an_event_have_distinct_names_and_one_currency():
    event = draft()

    with pytest.raises(DomainError, match="name: the event already has a ticket type named 'Standard'"):
        event.add_ticket_type(ticket_type())
    with pytest.raises(DomainError, match="price.currency: USD differs from the event's currency EUR"):
        event.add_ticket_type(ticket_type(name="Overseas", price=Money(amount=2000, currency="USD")))
