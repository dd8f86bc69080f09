"""Which subscriptions want which events."""

import pytest

from services.notifications.domain.subscriptions import SubscriptionStatus
from tests.unit.notifications.factories import event_published, subscription, tickets_issued


def test_a_subscription_without_filters_wants_every_event_of_its_types():
    assert subscription().wants(event_published())


def test_a_subscription_does_not_want_other_event_types():
    assert not subscription().wants(tickets_issued())


@pytest.mark.parametrize("filters", [
    {"city": "Lviv"}, {"city": " lviv "}, {"country": "UA"}, {"kind": "creative_jam"},
    {"city": "LVIV", "country": "UA", "kind": "creative_jam"},
])
def test_filters_that_all_match_admit_the_event(filters):
    assert subscription(**filters).wants(event_published())


@pytest.mark.parametrize("filters", [{"city": "Kyiv"}, {"country": "PL"}, {"kind": "seminar"},
                                     {"city": "Lviv", "country": "PL"}])
def test_one_filter_that_does_not_match_rejects_the_event(filters):
    assert not subscription(**filters).wants(event_published())


def test_an_online_event_without_a_city_does_not_match_a_city_filter():
    online = event_published(city=None, country=None, venue=None, online_url="https://meet.example")
    assert not subscription(city="Lviv").wants(online)


@pytest.mark.parametrize("status", [SubscriptionStatus.DISABLED, SubscriptionStatus.DELETED])
def test_an_inactive_subscription_wants_nothing(status):
    sub = subscription()
    sub.status = status
    assert not sub.wants(event_published())
