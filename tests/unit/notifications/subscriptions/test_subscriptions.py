"""Creating a subscription: which event types it may name, and its secret."""

import base64

import pytest

from services.notifications.ids import new_id
from services.notifications.subscriptions.catalogue import CATALOGUE_EVENT_TYPES
from services.notifications.subscriptions.domain import Filters, Subscription
from shared.errors import DomainError


def create(event_types):
    return Subscription.create(url="https://hooks.example.org/x", event_types=event_types, filters=Filters())


def test_the_catalogue_holds_the_event_types_of_every_topic():
    assert {"EventPublished", "EventDrafted", "TicketsIssued", "OrganisationRegistered"} <= CATALOGUE_EVENT_TYPES


def test_an_unknown_event_type_is_refused_by_name():
    with pytest.raises(DomainError, match=r"event_types: unknown event type\(s\) 'EventPublishd'"):
        create(["EventPublished", "EventPublishd"])


def test_an_event_type_carrying_personal_data_is_not_offered_to_webhooks():
    offered = (r"event_types: 'TicketsIssued' not offered to webhooks;"
               r" offered: EventCancelled, EventPublished, EventRescheduled, NetworkAnnouncement")
    with pytest.raises(DomainError, match=offered):
        create(["TicketsIssued"])


def test_repeated_event_types_are_kept_once():
    assert create(["EventPublished", "EventPublished"]).event_types == ("EventPublished",)


def test_the_secret_is_a_standard_webhooks_secret_of_32_random_bytes():
    first, second = create(["EventPublished"]).secret, create(["EventPublished"]).secret
    assert first.startswith("whsec_") and len(base64.b64decode(first.removeprefix("whsec_"))) == 32
    assert first != second


def test_the_secret_never_shows_in_the_repr():
    subscription = create(["EventPublished"])
    assert subscription.secret not in repr(subscription)


def test_ids_are_time_ordered_uuid7():
    ids = [new_id() for _ in range(50)]
    assert all(i.version == 7 for i in ids)
    assert [i.bytes[:6] for i in ids] == sorted(i.bytes[:6] for i in ids)
