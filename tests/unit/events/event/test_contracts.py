"""Every message the events service emits is one its topic's union accepts."""

import json
from datetime import timedelta

from services.events.event.values import Venue
from shared import topics
from shared.contracts.events import EventPublished
from shared.money import Money
from tests.unit.events.factories import NOW, draft, free_ticket_type, schedule, ticket_type


def _emitted() -> list:
    """One of every message the aggregate records, from drafting to completion or cancellation."""
    joint = draft(ticket_types=[ticket_type(), free_ticket_type()], consented=False)
    joint.consent(joint.organisers[1].partnership_id, by="partner-admin")
    joint.edit({"tags": ("design",)}, wire={"tags": ["design"]}, sold={})
    joint.publish(now=NOW)
    joint.add_ticket_type(ticket_type(name="Late", visibility="hidden"))
    joint.change_ticket_type(joint.ticket_types[0].id, {"capacity": 120}, sold={})
    joint.reschedule(schedule(starts_at=NOW + timedelta(days=40), ends_at=NOW + timedelta(days=40, hours=2)),
                     announcement="One week later", now=NOW)
    joint.complete(now=NOW + timedelta(days=41))
    online = draft(venue=None, online_url="https://meet.example.org/x", ticket_types=[free_ticket_type()])
    online.publish(now=NOW)
    online.cancel(reason="Speaker ill")
    return joint.events + online.events


def test_every_event_type_of_the_contract_is_emitted():
    assert {m.type for m in _emitted()} == set(topics._types_of(topics.EVENTS_EVENT.message))


def test_every_emitted_message_goes_on_the_events_topic():
    assert {topics.topic_of(message) for message in _emitted()} == {topics.EVENTS_EVENT}


def test_every_emitted_message_round_trips_through_the_topic_union_as_the_outbox_writes_it():
    for message in _emitted():
        wire = json.dumps(message.model_dump(mode="json"))  # what the outbox relay publishes

        assert topics.EVENTS_EVENT.parse(wire) == message


def test_event_published_carries_what_billing_and_notifications_read():
    event = draft(venue=Venue(address="Rua Augusta 1", city="Lisboa", country="PT"))
    event.publish(now=NOW)
    published = topics.EVENTS_EVENT.parse(event.events[-1].model_dump_json())

    assert isinstance(published, EventPublished)
    assert published.aggregate_id == event.id
    assert (published.title, published.kind, published.city) == (event.title, event.kind, "Lisboa")
    assert published.starts_at == event.schedule.starts_at
    assert published.organisers == event.organisers
    [offer] = published.ticket_types
    assert (offer.price, offer.capacity, offer.max_per_order) == (Money(amount=1500, currency="EUR"), 100, 10)


def test_messages_written_before_the_optional_fields_existed_still_parse():
    event = draft()
    event.publish(now=NOW)
    event.cancel(reason="Rain")
    added = {"titles", "languages", "tags", "audience", "capacity", "cover_image_url", "quotas"}
    for message in event.events[1:]:
        wire = message.model_dump(mode="json")
        old = {k: v for k, v in wire.items() if k not in added}
        old["ticket_types"] = [
            {k: v for k, v in t.items() if k not in ("visibility", "quota")} for t in old.get("ticket_types", [])
        ] or None
        if old["ticket_types"] is None:
            del old["ticket_types"]

        parsed = topics.EVENTS_EVENT.parse(json.dumps(old))

        assert (parsed.type, parsed.aggregate_id, parsed.title) == (message.type, event.id, event.title)
