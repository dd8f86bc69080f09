"""The event lifecycle: draft → published → completed, or cancelled."""

from datetime import timedelta

import pytest

from services.events.event.domain import LIFECYCLE, EventStatus
from shared.contracts.events import EventDrafted, EventPublished, TicketTypeDefined
from shared.errors import Conflict, DomainError
from tests.unit.events.factories import NOW, draft, free_ticket_type, organisers, schedule, ticket_type


def test_a_draft_records_event_drafted_with_its_organisers():
    event = draft()

    assert event.status == EventStatus.DRAFT
    [drafted] = event.events
    assert isinstance(drafted, EventDrafted)
    assert (drafted.aggregate_id, drafted.organisers) == (event.id, event.organisers)


def test_publishing_a_draft_records_event_published_with_its_ticket_types():
    event = draft(ticket_types=[ticket_type(), free_ticket_type()])

    event.publish(now=NOW)

    assert (event.status, event.published_at) == (EventStatus.PUBLISHED, NOW)
    published = event.events[-1]
    assert isinstance(published, EventPublished)
    assert [t.ticket_type_id for t in published.ticket_types] == [t.id for t in event.ticket_types]
    assert (published.city, published.country, published.venue) == ("Berlin", "DE", "Hauptstraße 1")


def test_publishing_twice_is_a_conflict_and_records_nothing_more():
    event = draft()
    event.publish(now=NOW)

    with pytest.raises(Conflict, match="already published") as raised:
        event.publish(now=NOW)

    assert raised.value.status == 409
    assert len(event.events) == 2


def test_a_ticket_type_added_while_on_sale_is_announced_as_on_sale():
    event = draft()
    event.publish(now=NOW)

    event.add_ticket_type(free_ticket_type())

    defined = event.events[-1]
    assert isinstance(defined, TicketTypeDefined)
    assert (defined.ticket_type.name, defined.on_sale) == ("Free", True)


def test_no_ticket_type_is_added_to_a_cancelled_event():
    event = draft()
    event.cancel(reason="Venue lost")

    with pytest.raises(Conflict, match="is cancelled: it can no longer be changed"):
        event.add_ticket_type(free_ticket_type())


def test_cancelled_and_completed_are_terminal():
    assert LIFECYCLE[EventStatus.DRAFT] == {EventStatus.PUBLISHED, EventStatus.CANCELLED}
    assert LIFECYCLE[EventStatus.PUBLISHED] == {EventStatus.CANCELLED, EventStatus.COMPLETED}
    assert not LIFECYCLE[EventStatus.CANCELLED] and not LIFECYCLE[EventStatus.COMPLETED]


def test_a_cancelled_event_cannot_be_published():
    event = draft()
    event.status = EventStatus.CANCELLED

    with pytest.raises(Conflict, match="is cancelled: it cannot become published"):
        event.publish(now=NOW)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"venue": None}, "venue: a published event needs a venue or an online_url"),
        ({"ticket_types": []}, "ticket_types: a published event needs at least one ticket type"),
        (
            {"schedule": schedule(starts_at=NOW - timedelta(hours=1), ends_at=NOW + timedelta(hours=1))},
            "starts_at: the event has already started",
        ),
    ],
)
def test_publishing_checks_what_a_draft_may_lack(change, message):
    event = draft(**change)

    with pytest.raises(DomainError, match=message):
        event.publish(now=NOW)

    assert event.status == EventStatus.DRAFT
    assert len(event.events) == 1


def test_an_online_event_needs_no_venue():
    event = draft(venue=None, online_url="https://meet.example.org/jam")

    event.publish(now=NOW)

    assert event.events[-1].online_url == "https://meet.example.org/jam"


def test_adding_a_first_paid_ticket_type_makes_revenue_shares_matter():
    event = draft(organisers=organisers(5000, 0), ticket_types=[free_ticket_type()])

    with pytest.raises(DomainError, match="must sum to 10000 basis points when a ticket type is paid, got 5000"):
        event.add_ticket_type(ticket_type())

    assert [t.name for t in event.ticket_types] == ["Free"]
