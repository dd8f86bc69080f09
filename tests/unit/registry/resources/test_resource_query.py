"""What someone looks for among resources: an availability window must make sense."""

from datetime import date

import pytest

from services.registry.resources.domain import ResourceQuery
from shared.errors import DomainError


def test_one_day_is_needed_from_that_day_to_that_day():
    query = ResourceQuery(available_on=date(2026, 5, 1))
    assert (query.available_on, query.needed_until) == (date(2026, 5, 1), date(2026, 5, 1))


def test_a_window_is_needed_to_its_last_day():
    assert ResourceQuery(available_on=date(2026, 5, 1), available_to=date(2026, 5, 3)).needed_until == date(2026, 5, 3)


@pytest.mark.parametrize(("fields", "message"), [
    ({"available_to": date(2026, 5, 3)}, "available_to: needs available_on, the first day of the window"),
    ({"available_on": date(2026, 5, 3), "available_to": date(2026, 5, 1)},
     "available_to: must not be before available_on"),
])
def test_a_window_without_a_start_or_ending_before_it_starts_is_refused(fields, message):
    with pytest.raises(DomainError, match=message):
        ResourceQuery(**fields)
