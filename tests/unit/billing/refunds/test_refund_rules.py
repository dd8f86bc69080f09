"""Refunds and cancellation in the order's state machine."""

from uuid import uuid4

import pytest

from services.billing.orders.domain import InvalidTransition, OrderStatus
from shared.contracts.billing import OrderCancelled, OrderRefunded, RefundIssued, TicketsVoided
from shared.errors import DomainError
from tests.unit.billing.factories import reserved_order, two_types

S = OrderStatus


def paid_order():
    event, general, student = two_types()
    order = reserved_order(event, (general.id, 2))  # 3000 EUR
    order.pay(payment_id=uuid4())
    order.events.clear()
    return order


def test_a_partial_refund_then_the_rest():
    order = paid_order()
    part = order.give_back(refund_id=uuid4(), payment_id=uuid4(), amount=1000, reason="late start")
    assert (order.status, order.refunded, part.amount) == (S.PARTIALLY_REFUNDED, 1000, 1000)
    [issued] = order.events
    assert isinstance(issued, RefundIssued) and not issued.full and issued.refunded_total.amount == 1000
    order.events.clear()
    tickets = [t.id for t in order.tickets]
    rest = order.give_back(refund_id=uuid4(), payment_id=uuid4(), amount=None, reason="cancelled", ticket_ids=tickets)
    assert (order.status, order.refunded, rest.amount) == (S.REFUNDED, 3000, 2000)
    issued, refunded, voided = order.events
    assert isinstance(issued, RefundIssued) and issued.full
    assert isinstance(refunded, OrderRefunded) and refunded.amount.amount == 2000
    assert isinstance(voided, TicketsVoided) and list(voided.ticket_ids) == tickets


@pytest.mark.parametrize("amount", [0, -5, 3001])
def test_a_refund_must_fit_what_is_left(amount):
    order = paid_order()
    with pytest.raises(DomainError, match="amount: must be between 1 and the 3000 EUR left to refund"):
        order.give_back(refund_id=uuid4(), payment_id=uuid4(), amount=amount, reason="x")
    assert (order.status, order.refunded, order.events) == (S.PAID, 0, [])


def test_a_refunded_order_cannot_be_refunded_again():
    order = paid_order()
    order.give_back(refund_id=uuid4(), payment_id=uuid4(), amount=None, reason="x")
    with pytest.raises(InvalidTransition):
        order.give_back(refund_id=uuid4(), payment_id=uuid4(), amount=None, reason="x")


def test_a_hold_is_cancelled_with_its_event_but_a_paid_order_is_not():
    event, general, _ = two_types()
    order = reserved_order(event, (general.id, 1))
    order.events.clear()
    order.cancel(reason="event cancelled: storm")
    assert order.status is S.CANCELLED and isinstance(order.events[0], OrderCancelled)
    with pytest.raises(InvalidTransition):
        paid_order().cancel(reason="too late")
