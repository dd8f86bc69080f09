"""Every message the events service emits is one its topic's union accepts."""

import json

from services.events.values import Venue
from shared import topics
from shared.contracts.events import EventPublished
from shared.money import Money
from tests.unit.events.factories import NOW, draft, free_ticket_type, ticket_type


def _emitted() -> list:
    in_person = draft(ticket_types=[ticket_type(), free_ticket_type()])
    online = draft(venue=None, online_url="https://meet.example.org/x", ticket_types=[free_ticket_type()])
    for event in (in_person, online):
        event.publish(now=NOW)
    return in_person.messages + online.messages


def test_every_emitted_message_goes_on_the_events_topic():
    assert {topics.topic_of(message) for message in _emitted()} == {topics.EVENTS_EVENT}


def test_every_emitted_message_round_trips_through_the_topic_union_as_the_outbox_writes_it():
    for message in _emitted():
        wire = json.dumps(message.model_dump(mode="json"))  # what the outbox relay publishes

        assert topics.EVENTS_EVENT.parse(wire) == message


def test_event_published_carries_what_billing_and_notifications_read():
    event = draft(venue=Venue(address="Rua Augusta 1", city="Lisboa", country="PT"))
    event.publish(now=NOW)
    published = topics.EVENTS_EVENT.parse(event.messages[-1].model_dump_json())

    assert isinstance(published, EventPublished)
    assert published.aggregate_id == event.id
    assert (published.title, published.kind, published.city) == (event.title, event.kind, "Lisboa")
    assert published.starts_at == event.schedule.starts_at
    assert published.organisers == event.organisers
    [offer] = published.ticket_types
    assert (offer.price, offer.capacity, offer.max_per_order) == (Money(amount=1500, currency="EUR"), 100, 10)
