"""Changing a resource: checked like a new listing, announced only when something changed."""

import uuid

import pytest

from services.registry.resources.domain import Resource
from shared.contracts.registry import ResourceKind
from shared.errors import Conflict, DomainError


def venue() -> Resource:
    return Resource.offer(kind=ResourceKind.VENUE, organisation_id=uuid.uuid4(), title="Hall", quantity=1,
                          city="Lviv", country="UA")


def test_a_change_is_listed_again_with_the_new_values():
    changed = venue().changed(title="Big hall", quantity=2)
    [event] = changed.events
    assert (event.type, event.title, event.quantity) == ("ResourceListed", "Big hall", 2)
    assert event.aggregate_id == changed.id


def test_nothing_changed_means_no_event():
    resource = venue()
    assert resource.changed(title="Hall").events == []


@pytest.mark.parametrize(("change", "error", "message"), [
    ({"country": "XX"}, DomainError, "country: 'XX' is not an ISO 3166-1 alpha-2 country code"),
    ({"quantity": 0}, DomainError, "quantity: must be at least 1"),
    ({"organisation_id": uuid.uuid4()}, DomainError, "organisation_id: cannot be changed"),
])
def test_bad_changes_are_refused(change, error, message):
    with pytest.raises(error, match=message):
        venue().changed(**change)


def test_a_withdrawn_resource_does_not_change():
    with pytest.raises(Conflict, match="is withdrawn"):
        venue().withdrawn().changed(title="Again")
