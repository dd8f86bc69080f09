"""What a voucher takes off, and why one is refused."""

from dataclasses import replace
from datetime import timedelta
from uuid import uuid4

import pytest

from services.billing.vouchers.domain import Voucher, check_new
from shared.errors import Conflict, DomainError
from shared.money import Money
from tests.unit.billing.factories import NOW, reserved_order, two_types


def voucher(event, **extra) -> Voucher:
    return Voucher(**{"id": uuid4(), "event_id": event.id, "code": "SPRING", "kind": "percentage", "percent": 15,
                      "max_uses": 10, "uses": 0, **extra})


def test_a_percentage_off_one_ticket_type_rounds_down():
    event, general, student = two_types()
    order = reserved_order(event, (general.id, 1), (student.id, 1))  # 1500 + 500
    assert voucher(event, ticket_type_id=student.id, percent=33).discount(order.lines) == 165
    assert voucher(event, percent=15).discount(order.lines) == 300


def test_a_fixed_amount_is_capped_and_must_be_in_the_orders_currency():
    event, general, _ = two_types()
    order = reserved_order(event, (general.id, 1))
    fixed = voucher(event, kind="fixed", percent=None, amount=Money(amount=9999, currency="EUR"))
    assert fixed.discount(order.lines) == 1500
    with pytest.raises(DomainError, match="voucher_code: voucher 'SPRING' is in USD, the order in EUR"):
        replace(fixed, amount=Money(amount=100, currency="USD")).discount(order.lines)


def test_a_voucher_for_a_ticket_type_not_ordered_is_refused():
    event, general, student = two_types()
    with pytest.raises(DomainError, match="only for ticket type"):
        voucher(event, ticket_type_id=student.id).discount(reserved_order(event, (general.id, 1)).lines)


@pytest.mark.parametrize("extra, error, message", [
    ({"valid_until": NOW}, DomainError, "expired at"),
    ({"valid_from": NOW + timedelta(days=1)}, DomainError, "is valid from"),
    ({}, Conflict, "has been used up"),
])
def test_why_a_found_voucher_cannot_be_used(extra, error, message):
    event, *_ = two_types()
    with pytest.raises(error, match=message):
        voucher(event, **extra).refuse(NOW)


def test_a_new_voucher_must_fit_the_event():
    event, general, _ = two_types()
    with pytest.raises(DomainError, match="ticket_type_id: event"):
        check_new(voucher(event, ticket_type_id=uuid4()), event)
    with pytest.raises(DomainError, match="amount.currency: UAH does not match"):
        check_new(voucher(event, kind="fixed", percent=None, amount=Money(amount=1, currency="UAH")), event)
    check_new(voucher(event, ticket_type_id=general.id), event)
