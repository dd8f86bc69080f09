"""Ticket types while on sale, with sold counts learned from billing.inventory.v1."""

from datetime import timedelta

import pytest

from shared import topics
from shared.contracts.billing import SeatsAvailabilityChanged
from shared.contracts.events import TicketTypeChanged, TicketTypeDefined
from shared.envelope import utc_now
from tests.integration.events.conftest import event_body
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


async def on_sale(events, registry, **overrides) -> dict:
    formed = await registry.form_partnership()
    event = (await events.client.post("/events", json=event_body(formed.aggregate_id, **overrides))).json()
    published = await events.client.post(f"/events/{event['id']}/publish")
    assert published.status_code == 200, published.text
    return published.json()


def counted(event: dict, index: int = 0, *, sold: int, held: int = 0, later: int = 60) -> SeatsAvailabilityChanged:
    """Billing's count of a ticket type, `later` seconds from now: newer than the counts any billing
    running on the shared Kafka publishes on seeing EventPublished (the projection keeps the newest)."""
    ticket_type = event["ticket_types"][index]
    capacity = ticket_type["capacity"]
    return SeatsAvailabilityChanged(aggregate_id=ticket_type["id"], event_id=event["id"], capacity=capacity,
                                    sold=sold, held=held, left=capacity - sold - held,
                                    occurred_at=utc_now() + timedelta(seconds=later))


async def test_capacity_never_goes_below_what_billing_has_sold(events, registry, infra):
    event = await on_sale(events, registry)  # Standard: 80 seats
    await registry.until_consumed(await registry.publish(counted(event, sold=30, held=5)))
    path = f"/events/{event['id']}/ticket-types/{event['ticket_types'][0]['id']}"

    async with TopicReader(infra.bootstrap_servers, topics.EVENTS_EVENT.name) as reader:
        refused = await events.client.patch(path, json={"capacity": 29})
        shrunk = await events.client.patch(path, json={"capacity": 40, "max_per_order": 4})
        record = await reader.wait_for(
            lambda m: m.get("type") == "TicketTypeChanged" and m["aggregate_id"] == event["id"])

    assert refused.status_code == 422
    assert refused.json()["detail"] == (
        "capacity: 30 tickets are sold already, the capacity cannot go below that, got 29")
    assert (shrunk.status_code, shrunk.json()["capacity"], shrunk.json()["seats_left"]) == (200, 40, 5)
    changed = topics.EVENTS_EVENT.parse(record.value)
    assert isinstance(changed, TicketTypeChanged)
    assert (changed.changed, changed.ticket_type.capacity, changed.on_sale) == (("capacity", "max_per_order"), 40, True)
    page = (await events.anonymous.get(f"/events/{event['id']}")).json()
    assert (page["ticket_types"][0]["seats_left"], page["seats_left"]) == (5, 5)  # 40 less 30 sold and 5 held


async def test_a_hidden_type_on_a_shared_quota_added_while_on_sale(events, registry, infra):
    event = await on_sale(events, registry)
    await events.client.patch(f"/events/{event['id']}", json={"quotas": [{"name": "partners", "capacity": 15}]})

    async with TopicReader(infra.bootstrap_servers, topics.EVENTS_EVENT.name) as reader:
        added = await events.client.post(f"/events/{event['id']}/ticket-types", json={
            "name": "Partner staff", "price": {"amount": 0, "currency": "EUR"}, "capacity": 20,
            "visibility": "hidden", "quota": "partners"})
        record = await reader.wait_for(
            lambda m: m.get("type") == "TicketTypeDefined" and m["aggregate_id"] == event["id"])
    unknown_quota = await events.client.post(f"/events/{event['id']}/ticket-types", json={
        "name": "Guests", "price": {"amount": 0, "currency": "EUR"}, "capacity": 5, "quota": "guests"})

    assert added.status_code == 201, added.text
    defined = topics.EVENTS_EVENT.parse(record.value)
    assert isinstance(defined, TicketTypeDefined)
    assert (defined.ticket_type.visibility, defined.ticket_type.quota, defined.on_sale) == ("hidden", "partners", True)
    assert [(q.name, q.capacity) for q in defined.quotas] == [("partners", 15)]
    assert unknown_quota.status_code == 422
    assert unknown_quota.json()["detail"] == (
        "ticket_types[2].quota: the event has no quota named 'guests'; define it in quotas")


async def test_the_seat_projection_keeps_the_newest_count_whatever_the_order(events, registry):
    event = await on_sale(events, registry)
    newer = counted(event, sold=10, later=120)
    older = counted(event, sold=3, later=60)

    for message in (newer, older, newer):  # a stale count, and a redelivery
        await registry.until_consumed(await registry.publish(message))

    page = (await events.anonymous.get(f"/events/{event['id']}")).json()
    assert page["ticket_types"][0]["seats_left"] == 70
    async with events.runtime.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM inbox WHERE message_id = $1", newer.message_id) == 1


@pytest.mark.parametrize("field", ["name", "price", "capacity", "visibility"])
async def test_what_every_ticket_type_has_cannot_be_cleared(events, registry, field):
    formed = await registry.form_partnership()
    event = (await events.client.post("/events", json=event_body(formed.aggregate_id))).json()
    path = f"/events/{event['id']}/ticket-types/{event['ticket_types'][0]['id']}"

    refused = await events.client.patch(path, json={field: None})
    unchanged = (await events.client.get(f"/events/{event['id']}")).json()["ticket_types"][0]

    assert refused.status_code == 422, refused.text
    assert refused.json()["detail"] == f"{field}: cannot be cleared, only changed"
    assert unchanged == event["ticket_types"][0]


async def test_a_ticket_type_goes_back_to_the_default_order_maximum_when_it_is_cleared(events, registry):
    formed = await registry.form_partnership()
    body = event_body(formed.aggregate_id, ticket_types=[
        {"name": "Standard", "price": {"amount": 1500, "currency": "EUR"}, "capacity": 80, "max_per_order": 4}])
    event = (await events.client.post("/events", json=body)).json()
    path = f"/events/{event['id']}/ticket-types/{event['ticket_types'][0]['id']}"

    cleared = await events.client.patch(path, json={"max_per_order": None})

    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["max_per_order"] == 10
