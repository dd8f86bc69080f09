"""Draft and publish an event over HTTP; EventPublished reaches Kafka through the outbox."""

import asyncio
import json
from uuid import uuid4

import pytest
from aiokafka import AIOKafkaConsumer

from shared import topics
from shared.contracts.events import EventDrafted, EventPublished, TicketTypeDefined
from tests.integration.events.conftest import event_body

pytestmark = pytest.mark.integration


async def messages_keyed(bootstrap_servers: str, key: str, count: int) -> list:
    """The first `count` messages on events.event.v1 keyed by `key`, in partition order."""
    consumer = AIOKafkaConsumer(
        topics.EVENTS_EVENT.name,
        bootstrap_servers=bootstrap_servers,
        group_id=f"events-it-reader-{uuid4().hex[:8]}",  # its own group: it reads the topic from the start
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    found = []
    try:
        async with asyncio.timeout(60):
            while len(found) < count:
                batches = await consumer.getmany(timeout_ms=500)
                found += [r for records in batches.values() for r in records if r.key == key.encode()]
    finally:
        await consumer.stop()
    return found


async def test_a_published_event_reaches_kafka_keyed_by_its_id(events, registry, infra):
    partnership = await registry.form_partnership()

    drafted = await events.client.post("/events", json=event_body(partnership.aggregate_id))
    assert drafted.status_code == 201, drafted.text
    event_id = drafted.json()["id"]
    added = await events.client.post(f"/events/{event_id}/ticket-types", json={
        "name": "Student", "price": {"amount": 500, "currency": "EUR"}, "capacity": 20, "max_per_order": 2,
    })
    assert added.status_code == 201, added.text
    published = await events.client.post(f"/events/{event_id}/publish")
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"

    records = await messages_keyed(infra.bootstrap_servers, event_id, count=3)
    first, defined, second = (topics.EVENTS_EVENT.parse(r.value) for r in records)
    assert isinstance(first, EventDrafted) and isinstance(second, EventPublished)
    assert isinstance(defined, TicketTypeDefined) and (defined.ticket_type.name, defined.on_sale) == ("Student", False)
    assert str(second.aggregate_id) == event_id
    assert [(t.name, t.price.amount, t.capacity, t.max_per_order) for t in second.ticket_types] == [
        ("Standard", 1500, 80, 10), ("Student", 500, 20, 2),
    ]
    offered = [str(t.ticket_type_id) for t in second.ticket_types]
    assert offered == [t["id"] for t in published.json()["ticket_types"]]
    assert dict(records[2].headers)["event-type"] == b"EventPublished"


async def test_publishing_twice_is_a_conflict(events, registry):
    partnership = await registry.form_partnership()
    event_id = (await events.client.post("/events", json=event_body(partnership.aggregate_id))).json()["id"]

    assert (await events.client.post(f"/events/{event_id}/publish")).status_code == 200
    again = await events.client.post(f"/events/{event_id}/publish")

    assert again.status_code == 409
    assert again.json()["detail"] == f"event {event_id} is already published"
    assert (await events.client.get(f"/events/{event_id}")).json()["status"] == "published"


async def test_an_organiser_unknown_to_the_registry_is_refused_and_nothing_is_written(events, registry):
    partnership = await registry.form_partnership()
    stranger = uuid4()
    body = event_body(partnership.aggregate_id, organisers=[
        {"partnership_id": str(partnership.aggregate_id), "lead": True, "revenue_share_bps": 7000},
        {"partnership_id": str(stranger), "revenue_share_bps": 3000},
    ])

    async with events.runtime.pool.acquire() as conn:
        before = await conn.fetchval("SELECT count(*) FROM events")
        response = await events.client.post("/events", json=body)
        after = await conn.fetchval("SELECT count(*) FROM events")  # its outbox row shares the transaction
        organising = await conn.fetchval("SELECT count(*) FROM event_organisers WHERE partnership_id = $1",
                                         partnership.aggregate_id)

    assert response.status_code == 422
    detail = f"organisers[1].partnership_id: partnership {stranger} is not known to the registry"
    assert response.json()["detail"] == detail
    assert (after, organising) == (before, 0)


async def test_unknown_event_is_404(events):
    missing = uuid4()

    for response in (
        await events.client.get(f"/events/{missing}"),
        await events.client.post(f"/events/{missing}/publish"),
    ):
        assert response.status_code == 404
        assert response.json()["detail"] == f"event {missing} not found"


async def test_the_draft_keeps_what_was_sent_and_shows_local_times(events, registry):
    partnership = await registry.form_partnership()
    body = event_body(
        partnership.aggregate_id, starts_at="2030-03-30T20:00:00Z", ends_at="2030-03-31T18:00:00Z",
        timezone="Europe/Berlin", online_url="https://meet.example.org/jam", description="Bring a laptop.",
    )

    event_id = (await events.client.post("/events", json=body)).json()["id"]
    event = (await events.client.get(f"/events/{event_id}")).json()

    # Berlin switched to summer time on 31 March 2030.
    assert (event["starts_at"], event["ends_at"]) == ("2030-03-30T21:00:00+01:00", "2030-03-31T20:00:00+02:00")
    assert (event["status"], event["description"], event["online_url"]) == (
        "draft", "Bring a laptop.", "https://meet.example.org/jam",
    )
    assert event["ticket_types"][0]["price"] == {"amount": 1500, "currency": "EUR"}
    assert json.dumps(event)  # plain JSON all the way
