from uuid import uuid4

import pytest

from services.billing.seats.domain import Seats, total
from shared.errors import DomainError
from shared.money import Money
from tests.unit.billing.factories import reserved_order, two_types


def eur(amount: int) -> Money:
    return Money(amount=amount, currency="EUR")


def test_the_total_is_the_sum_of_unit_price_times_quantity():
    event, general, student = two_types()  # 15.00 and 5.00 EUR
    order = reserved_order(event, (general.id, 3), (student.id, 2))
    assert [line.subtotal for line in order.lines] == [eur(4500), eur(1000)]
    assert order.total == eur(5500)


def test_free_tickets_cost_nothing():
    assert total([eur(0), eur(0)]) == eur(0)


def test_totals_stay_in_integer_minor_units():
    assert total([eur(1), eur(2)] * 1000) == eur(3000)


def test_no_lines_no_total():
    with pytest.raises(DomainError):
        total([])


def test_mixed_currencies_are_refused():
    with pytest.raises(DomainError):
        total([eur(1), Money(amount=1, currency="USD")])


def test_seats_left_never_go_below_zero_when_capacity_is_cut():
    seats = Seats(uuid4(), uuid4(), capacity=5, sold=4, held=3)
    assert seats.left == 0
    changed = seats.changed()
    assert (changed.capacity, changed.sold, changed.held, changed.left) == (5, 4, 3, 0)
    assert changed.aggregate_id == seats.ticket_type_id
