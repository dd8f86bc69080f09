from datetime import timedelta
from uuid import uuid4

import pytest

from services.billing.orders.domain import TRANSITIONS, InvalidTransition, OrderStatus
from shared.contracts.billing import OrderExpired, OrderPaid, OrderRefunded, OrderReserved, TicketsIssued
from shared.money import Money
from tests.unit.billing.factories import NOW, two_types, reserved_order

S = OrderStatus


def test_every_status_has_its_transitions_spelt_out():
    assert set(TRANSITIONS) == set(OrderStatus)
    assert TRANSITIONS[S.RESERVED] == {S.PAID, S.EXPIRED, S.CANCELLED}
    assert TRANSITIONS[S.PAID] == {S.PARTIALLY_REFUNDED, S.REFUNDED}
    assert TRANSITIONS[S.PARTIALLY_REFUNDED] == {S.PARTIALLY_REFUNDED, S.REFUNDED}
    assert TRANSITIONS[S.CANCELLED] == TRANSITIONS[S.REFUNDED] == frozenset()


def test_a_reserved_order_records_what_it_holds():
    event, general, student = two_types()
    order = reserved_order(event, (general.id, 2), (student.id, 1))
    assert order.status is S.RESERVED
    assert order.created_at == NOW and order.expires_at == NOW + timedelta(minutes=15)
    [reserved] = order.events
    assert isinstance(reserved, OrderReserved)
    assert reserved.aggregate_id == order.id and reserved.total == Money(amount=3500, currency="EUR")
    assert reserved.language == "en" and len(reserved.lines) == 2


def test_paying_issues_one_ticket_per_seat_with_unguessable_codes():
    event, general, student = two_types()
    order = reserved_order(event, (general.id, 3), (student.id, 1))
    payment_id = uuid4()
    order.events.clear()
    order.pay(payment_id=payment_id)
    assert order.status is S.PAID
    assert [t.ticket_type_name for t in order.tickets] == ["General"] * 3 + ["Student"]
    codes = {t.code for t in order.tickets}
    assert len(codes) == 4 and all(len(code) >= 22 for code in codes)
    paid, issued = order.events
    assert isinstance(paid, OrderPaid) and paid.payment_id == payment_id and paid.total.amount == 5000
    assert isinstance(issued, TicketsIssued)
    assert issued.aggregate_id == order.id and issued.event_title == event.title
    assert issued.buyer_email == "ada@example.org" and issued.buyer_name == "Ada Lovelace"
    assert {t.code for t in issued.tickets} == codes


def test_expiring_records_the_lines_given_back():
    event, general, _ = two_types()
    order = reserved_order(event, (general.id, 2))
    order.expire()
    assert order.status is S.EXPIRED
    assert isinstance(order.events[-1], OrderExpired) and order.events[-1].lines[0].quantity == 2


def test_a_late_payment_may_still_pay_an_expired_order():
    event, general, _ = two_types()
    order = reserved_order(event, (general.id, 1))
    order.expire()
    order.pay(payment_id=uuid4())
    assert order.status is S.PAID and len(order.tickets) == 1


def test_a_late_payment_without_seats_refunds_the_expired_order():
    event, general, _ = two_types()
    order = reserved_order(event, (general.id, 1))
    order.expire()
    order.refund(payment_id=uuid4(), amount=order.total, reason="seats gone")
    assert order.status is S.REFUNDED
    assert isinstance(order.events[-1], OrderRefunded) and order.events[-1].reason == "seats gone"


@pytest.mark.parametrize("first, then", [
    ("pay", "pay"), ("pay", "expire"), ("expire", "expire"),
])
def test_forbidden_transitions_are_409(first, then):
    event, general, _ = two_types()
    order = reserved_order(event, (general.id, 1))
    getattr(order, first)(**({"payment_id": uuid4()} if first == "pay" else {}))
    with pytest.raises(InvalidTransition) as raised:
        getattr(order, then)(**({"payment_id": uuid4()} if then == "pay" else {}))
    assert raised.value.status == 409 and "cannot become" in raised.value.message


def test_a_reserved_order_cannot_be_refunded():
    event, general, _ = two_types()
    order = reserved_order(event, (general.id, 1))
    with pytest.raises(InvalidTransition):
        order.refund(payment_id=uuid4(), amount=order.total, reason="no")
    assert order.status is S.RESERVED
