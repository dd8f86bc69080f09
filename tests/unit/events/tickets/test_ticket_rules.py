"""Ticket types while on sale: never fewer seats than sold, hidden types, shared quotas."""

import pytest

from services.events.tickets.capacity import seats_left
from shared.contracts.events import TicketTypeChanged
from shared.errors import DomainError, NotFound
from shared.money import Money
from tests.unit.events.factories import NOW, draft, free_ticket_type, ticket_type


def on_sale(**overrides):
    event = draft(**overrides)
    event.publish(now=NOW)
    return event


def test_capacity_never_goes_below_tickets_sold():
    event = on_sale()
    standard = event.ticket_types[0]

    with pytest.raises(DomainError, match="capacity: 40 tickets are sold already, the capacity cannot go below that"):
        event.change_ticket_type(standard.id, {"capacity": 30}, sold={standard.id: 40})
    changed = event.change_ticket_type(standard.id, {"capacity": 40}, sold={standard.id: 40})

    assert event.ticket_types[0].capacity == changed.capacity == 40
    announced = event.events[-1]
    assert isinstance(announced, TicketTypeChanged)
    assert (announced.changed, announced.on_sale, announced.ticket_type.capacity) == (("capacity",), True, 40)


def test_a_ticket_type_keeps_its_currency():
    event = on_sale()

    with pytest.raises(DomainError, match="price.currency: a ticket type keeps its currency EUR"):
        event.change_ticket_type(event.ticket_types[0].id, {"price": Money(amount=100, currency="USD")}, sold={})


def test_an_unknown_ticket_type_is_404():
    event = on_sale()
    missing = free_ticket_type().id

    with pytest.raises(NotFound, match=f"ticket type {missing} not found"):
        event.change_ticket_type(missing, {"capacity": 5}, sold={})


def test_hidden_types_are_offered_as_hidden():
    event = on_sale(ticket_types=[ticket_type(), free_ticket_type(name="Partners", visibility="hidden")])

    assert [o.visibility for o in event.events[-1].ticket_types] == ["public", "hidden"]


def test_types_sharing_a_quota_need_it_defined_and_it_never_goes_below_their_sales():
    with pytest.raises(DomainError, match="ticket_types\\[1\\].quota: the event has no quota named 'early'"):
        draft(ticket_types=[ticket_type(), ticket_type(name="Early", quota="early")])

    students = ticket_type(name="Students", quota="early", capacity=50)
    early = ticket_type(name="Early", quota="early", capacity=50)
    event = on_sale(ticket_types=[students, early], quotas={"early": 60})
    sold = {students.id: 30, early.id: 20}
    with pytest.raises(DomainError, match="quotas.early.capacity: 50 tickets of this quota are sold already, got 40"):
        event.edit({"quotas": {"early": 40}}, wire={"quotas": [{"name": "early", "capacity": 40}]}, sold=sold)

    assert event.quotas == {"early": 60}
    assert event.events[-1].quotas[0].capacity == 60  # EventPublished tells billing of the shared quota


def test_ticket_types_never_offer_more_seats_than_the_event_has():
    # 50 + min(60, 100) seats in a room of 100
    types = [ticket_type(capacity=50), ticket_type(name="A", quota="q", capacity=50),
             ticket_type(name="B", quota="q", capacity=50)]

    with pytest.raises(DomainError, match="capacity: the ticket types offer 110 seats, more than the event's capacity"):
        draft(ticket_types=types, quotas={"q": 60}, capacity=100)
    assert draft(ticket_types=types, quotas={"q": 50}, capacity=100).capacity == 100


def test_seats_left_count_a_shared_quota_once():
    students = ticket_type(name="Students", quota="early", capacity=50)
    early = ticket_type(name="Early", quota="early", capacity=50)
    partners = ticket_type(name="Partners", capacity=10, visibility="hidden")
    standard = ticket_type(capacity=20)
    types = [standard, students, early, partners]

    # 60 shared seats, 45 of them taken: 15 left however many each type could still sell
    left = {students.id: 20, early.id: 35, standard.id: 5, partners.id: 10}

    assert seats_left(types, {"early": 60}, left) == 5 + 15
    assert seats_left(types, {"early": 60}, {}) == 20 + 60  # nothing counted by billing yet
