"""Which subscriptions want which events."""

from uuid import uuid4

import pytest

from services.notifications.subscriptions.domain import Filters, Owner, Subscription, SubscriptionStatus
from shared.errors import DomainError
from tests.unit.notifications.factories import event_cancelled, event_published, subscription, tickets_issued


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


# Subscribers and what concerns them.

def owned(kind, owner_id, event_types=("EventPublished",), involving_me=False, **filters):
    return Subscription.create(event_types=list(event_types), filters=Filters(**filters), channel="in_app",
                               owner=Owner(kind, owner_id), involving_me=involving_me)


def test_tags_match_when_any_one_is_shared_whatever_the_case():
    event = event_published()
    facts = {**event.model_dump(mode="json"), "tags": ["AI", "design"]}
    assert owned("user", "u", tags=("ml", "ai")).wants(event, facts)
    assert not owned("user", "u", tags=("music",)).wants(event, facts)
    assert not owned("user", "u", tags=("ai",)).wants(event)  # an event without tags


def test_the_language_and_organiser_filters():
    event = event_published()
    partnership = str(event.organisers[0].partnership_id)
    facts = {**event.model_dump(mode="json"), "language": "uk"}
    assert owned("user", "u", language="uk", organiser=partnership).wants(event, facts)
    assert not owned("user", "u", language="en").wants(event, facts)
    assert not owned("user", "u", organiser=str(uuid4())).wants(event, facts)


def test_involving_me_narrows_public_events_to_the_owners_own():
    organisation = str(uuid4())
    subscription = owned("organisation", organisation, involving_me=True)
    event = event_published()
    assert not subscription.wants(event, audience={Owner("organisation", str(uuid4()))})
    assert subscription.wants(event, audience={Owner("organisation", organisation)})


def test_personal_events_reach_only_their_audience_even_without_involving_me():
    subscription = owned("attendee", "olena@example.org", event_types=("TicketsIssued",))
    event = tickets_issued()
    assert not subscription.wants(event, audience=set())
    assert subscription.wants(event, audience={Owner("attendee", "olena@example.org")})


def test_a_cancellation_is_filtered_on_what_its_publication_told_us():
    subscription = owned("user", "u", event_types=("EventCancelled",), city="Lviv")
    published = event_published(city="Lviv")
    cancelled = event_cancelled(published.aggregate_id)
    assert not subscription.wants(cancelled)  # by itself it says nothing of a city
    assert subscription.wants(cancelled, {**published.model_dump(mode="json"), **cancelled.model_dump(mode="json")})


@pytest.mark.parametrize(("kind", "event_type", "offered"), [
    ("external", "CooperationRequested", False), ("organisation", "CooperationRequested", True),
    ("expert", "CooperationRequested", True), ("attendee", "OrderRefunded", True),
    ("organisation", "OrderRefunded", False), ("user", "TicketsIssued", False), ("attendee", "EventCancelled", True),
])
def test_what_each_kind_of_subscriber_is_offered(kind, event_type, offered):
    try:
        owned(kind, "x", event_types=(event_type,))
    except DomainError as error:
        assert not offered and "not offered to" in error.message
    else:
        assert offered


def test_an_email_subscription_nobody_vouched_for_waits_for_confirmation():
    subscription = Subscription.create(event_types=["EventPublished"], filters=Filters(), channel="email",
                                       owner=Owner("attendee", "a@example.org"), email="a@example.org", confirm=True)
    assert subscription.status == SubscriptionStatus.PENDING and subscription.confirm_token
    assert not subscription.wants(event_published())
