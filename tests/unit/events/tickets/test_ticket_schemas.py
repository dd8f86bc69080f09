"""What a ticket type's request body accepts: numbers as JSON writes them, currencies in circulation."""

import pytest
from pydantic import ValidationError

from services.events.tickets.schemas import PriceIn, TicketTypeCreate
from shared.money import Money


def test_a_json_integer_written_with_a_fraction_of_zero_is_a_whole_amount():
    price = PriceIn.model_validate_json('{"amount": 1500.0, "currency": "EUR"}')

    assert price.to_domain() == Money(amount=1500, currency="EUR")


@pytest.mark.parametrize("amount", ['"1500"', "true", "12.5", "-1", str(2**53)])
def test_an_amount_is_a_whole_number_that_every_json_reader_keeps_exact(amount):
    with pytest.raises(ValidationError, match="amount"):
        PriceIn.model_validate_json(f'{{"amount": {amount}, "currency": "EUR"}}')


def test_seats_written_as_json_numbers_with_a_zero_fraction_count():
    ticket_type = TicketTypeCreate.model_validate_json(
        '{"name": "Standard", "price": {"amount": 0, "currency": "UAH"}, "capacity": 80.0, "max_per_order": 4.0}')

    assert (ticket_type.capacity, ticket_type.max_per_order, ticket_type.to_domain().price.currency) == (80, 4, "UAH")
