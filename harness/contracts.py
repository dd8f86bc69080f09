"""Messages as the other services publish them, valid unless told otherwise (tests and benchmarks)."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from shared.contracts.billing import IssuedTicket, TicketsIssued
from shared.contracts.events import EventKind, EventPublished, Organiser


def event_published(**overrides) -> EventPublished:
    starts = datetime(2031, 5, 14, 10, tzinfo=UTC)
    fields = dict(
        aggregate_id=uuid4(), title="Creative Jam: AI and the City", kind=EventKind.CREATIVE_JAM,
        starts_at=starts, ends_at=starts + timedelta(hours=6), timezone="Europe/Kyiv",
        city="Lviv", country="UA", venue="Lviv Polytechnic, hall 1", online_url=None,
        organisers=(Organiser(partnership_id=uuid4(), lead=True, revenue_share_bps=10_000),), ticket_types=(),
    )
    return EventPublished(**{**fields, **overrides})


def tickets_issued(**overrides) -> TicketsIssued:
    fields = dict(
        aggregate_id=uuid4(), event_id=uuid4(), event_title="Festival of Science & <Art>",
        buyer_email="olena@example.org", buyer_name="Olena Kovalenko", language="en",
        tickets=(
            IssuedTicket(ticket_id=uuid4(), code="SPK-7Q2M-XK4D", ticket_type_id=uuid4(), ticket_type_name="Standard"),
            IssuedTicket(ticket_id=uuid4(), code="SPK-9ZZ1-ABCD", ticket_type_id=uuid4(), ticket_type_name="Student"),
        ),
    )
    return TicketsIssued(**{**fields, **overrides})
