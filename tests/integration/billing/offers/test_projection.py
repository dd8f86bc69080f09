"""Published events put ticket types on sale; replays and re-publications never reset seats."""

import json

import pytest

from shared.contracts.events import TicketTypeChanged, TicketTypeDefined, TicketTypeOffer
from tests.integration.billing.helpers import (
    complete, left, offer, placed, publish, published, put_on_sale, until_consumed,
)
from harness.kafka import TopicReader
from harness.services import eventually

pytestmark = pytest.mark.integration


async def test_a_published_event_is_on_sale_with_its_ticket_types(infra, billing):
    general, student = offer("General", capacity=50), offer("Student", amount=500, capacity=20)
    event = published(general, student)
    async with TopicReader(infra.bootstrap_servers, "billing.inventory.v1") as reader:
        availability = await put_on_sale(infra, billing, event)
        record = await reader.wait_for(lambda v: v.get("aggregate_id") == str(student.ticket_type_id))
    assert availability["title"] == "Kharkiv Data Festival"
    assert left(availability, general) | {"ticket_type_id": None} == {
        "ticket_type_id": None, "name": "General", "price": {"amount": 1500, "currency": "EUR"}, "on_sale": True,
        "sales_start": None, "sales_end": None, "capacity": 50, "sold": 0, "held": 0, "left": 50,
        "visibility": "public", "quota": None,
    }
    assert record.key == str(student.ticket_type_id).encode()


async def test_a_republication_updates_the_offer_but_keeps_seats_held(infra, billing):
    general = offer(capacity=10)
    event = published(general)
    await put_on_sale(infra, billing, event)
    await placed(billing, event, (general, 3))
    bigger = TicketTypeOffer(**{**general.model_dump(), "capacity": 25, "name": "General admission"})
    await publish(infra, published(bigger, event_id=event.aggregate_id))

    async def republished():
        row = left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), general)
        return row if row["capacity"] == 25 else None

    row = await eventually(republished)
    assert (row["name"], row["held"], row["left"]) == ("General admission", 3, 22)


async def test_a_replayed_or_older_publication_changes_nothing(infra, billing):
    general = offer(capacity=10)
    event = published(general)
    await put_on_sale(infra, billing, event)
    await placed(billing, event, (general, 2))
    older = published(TicketTypeOffer(**{**general.model_dump(), "capacity": 3}), event_id=event.aggregate_id)
    older = older.model_copy(update={"occurred_at": event.occurred_at.replace(year=2000)})
    *_, last = await publish(infra, event, older)  # a duplicate delivery, then a stale publication
    await until_consumed(infra, billing, last)
    row = left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), general)
    assert (row["capacity"], row["held"], row["left"]) == (10, 2, 8)


async def test_an_unknown_event_has_no_availability(billing):
    response = await billing.client.get("/events/00000000-0000-0000-0000-000000000000/availability")
    assert response.status_code == 404
    assert "not on sale here" in response.json()["detail"]


async def test_ticket_types_added_or_changed_after_publication_are_sold_as_announced(infra, billing):
    general = offer("General", capacity=10)
    event = published(general)
    await put_on_sale(infra, billing, event)
    await placed(billing, event, (general, 2))
    late = offer("Late bird", amount=2500, capacity=3)
    [sent] = await publish(infra, TicketTypeDefined(aggregate_id=event.aggregate_id, ticket_type=late, on_sale=True))
    await until_consumed(infra, billing, sent)
    bigger = general.model_copy(update={"capacity": 12, "name": "General admission"})
    [sent] = await publish(infra, TicketTypeChanged(aggregate_id=event.aggregate_id, ticket_type=bigger,
                                                    changed=("capacity", "name"), on_sale=True))
    await until_consumed(infra, billing, sent)
    availability = (await billing.client.get(f"/events/{event.aggregate_id}/availability")).json()
    row = left(availability, general)
    assert (row["name"], row["capacity"], row["held"], row["left"]) == ("General admission", 12, 2, 10)
    assert left(availability, late)["capacity"] == 3
    order = await placed(billing, event, (late, 1))
    assert order["total"]["amount"] == 2500


async def test_ticket_types_of_an_event_billing_never_saw_published_are_ignored(infra, billing):
    unknown = published(offer())
    defined = TicketTypeDefined(aggregate_id=unknown.aggregate_id, ticket_type=offer(), on_sale=False)
    [sent] = await publish(infra, defined)
    await until_consumed(infra, billing, sent)
    assert (await billing.client.get(f"/events/{unknown.aggregate_id}/availability")).status_code == 404


async def test_holds_and_sales_are_announced_with_the_latest_counters(infra, billing):
    general = offer(capacity=10)
    event = published(general)
    await put_on_sale(infra, billing, event)
    async with TopicReader(infra.bootstrap_servers, "billing.inventory.v1") as reader:
        first = await placed(billing, event, (general, 2))
        await placed(billing, event, (general, 1))
        held = await reader.wait_for(lambda v: v.get("aggregate_id") == str(general.ticket_type_id)
                                     and v["held"] == 3)
        await complete(billing, first)
        sold = await reader.wait_for(lambda v: v.get("aggregate_id") == str(general.ticket_type_id)
                                     and v["sold"] == 2)
    assert held.key == str(general.ticket_type_id).encode()
    assert {k: json.loads(held.value)[k] for k in ("capacity", "sold", "held", "left")} == {
        "capacity": 10, "sold": 0, "held": 3, "left": 7}
    assert {k: json.loads(sold.value)[k] for k in ("sold", "held", "left")} == {"sold": 2, "held": 1, "left": 7}
