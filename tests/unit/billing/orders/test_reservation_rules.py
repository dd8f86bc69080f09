"""What may be ordered: checked before any seat is counted, each refusal a precise 422."""

from datetime import timedelta
from uuid import uuid4

import pytest

from shared.errors import DomainError
from tests.unit.billing.factories import NOW, event_on_sale, reserved_order, ticket_type, two_types


def refusal(event, *requested) -> DomainError:
    with pytest.raises(DomainError) as raised:
        reserved_order(event, *requested)
    assert raised.value.status == 422
    return raised.value


def test_an_unknown_ticket_type_is_named_with_its_line():
    event, general, _ = two_types()
    stranger = uuid4()
    error = refusal(event, (general.id, 1), (stranger, 1))
    assert error.message == f"lines[1].ticket_type_id: unknown ticket type {stranger} for event {event.id}"


def test_more_than_max_per_order_is_refused():
    event, general, _ = two_types()
    error = refusal(event, (general.id, 5))
    assert error.message == "lines[0]: at most 4 tickets of 'General' per order, got 5"


def test_a_quantity_below_one_is_refused():
    event, general, _ = two_types()
    assert refusal(event, (general.id, 0)).message == "lines[0].quantity: must be at least 1, got 0"


def test_sales_not_yet_open():
    event_id = uuid4()
    early = ticket_type(event_id, sales_start=NOW + timedelta(days=1))
    assert "sales for 'General' open at" in refusal(event_on_sale(early), (early.id, 1)).message


def test_sales_closed():
    event_id = uuid4()
    late = ticket_type(event_id, sales_end=NOW)
    assert "sales for 'General' closed at" in refusal(event_on_sale(late), (late.id, 1)).message


def test_inside_the_sales_window_is_fine():
    event_id = uuid4()
    open_now = ticket_type(event_id, sales_start=NOW - timedelta(days=1), sales_end=NOW + timedelta(days=1))
    assert reserved_order(event_on_sale(open_now), (open_now.id, 1)).total.amount == 1500


def test_a_withdrawn_ticket_type_is_not_for_sale():
    event_id = uuid4()
    withdrawn = ticket_type(event_id, on_sale=False)
    assert "no longer on sale" in refusal(event_on_sale(withdrawn), (withdrawn.id, 1)).message


def test_one_ticket_type_per_line():
    event, general, _ = two_types()
    assert "already in another line" in refusal(event, (general.id, 1), (general.id, 2)).message


def test_one_currency_per_order():
    event_id = uuid4()
    euros, zlotys = ticket_type(event_id, currency="EUR"), ticket_type(event_id, name="PL", currency="PLN")
    error = refusal(event_on_sale(euros, zlotys), (euros.id, 1), (zlotys.id, 1))
    assert "different currencies (EUR, PLN)" in error.message
