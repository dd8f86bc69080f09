"""Holds run out: seats go back; a payment arriving later pays if it can, else is refunded."""

import json

import pytest

from tests.integration.billing.helpers import complete, left, offer, placed, published, put_on_sale, read_order
from harness.kafka import TopicReader
from harness.services import eventually

pytestmark = pytest.mark.integration


async def expired(service, order: dict) -> dict:
    async def check():
        current = await read_order(service, order)
        return current if current["status"] == "expired" else None

    return await eventually(check, timeout=15)


async def test_an_expired_hold_gives_its_seats_back(infra, short_holds):
    seats = offer(capacity=3)
    event = published(seats)
    await put_on_sale(infra, short_holds, event)
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1", "billing.inventory.v1") as reader:
        order = await placed(short_holds, event, (seats, 2))
        await expired(short_holds, order)
        gone = await reader.wait_for(lambda v: v.get("type") == "OrderExpired" and v["aggregate_id"] == order["id"])
        back = await reader.wait_for(lambda v: v.get("type") == "SeatsAvailabilityChanged"
                                     and v["aggregate_id"] == str(seats.ticket_type_id) and v["left"] == 3)
    assert gone.key == order["id"].encode() and json.loads(gone.value)["lines"][0]["quantity"] == 2
    assert json.loads(back.value)["held"] == 0
    # announced by a loop, outside any request: the announcement starts a trace of its own
    assert json.loads(back.value)["traceparent"] == dict(back.headers)["traceparent"].decode()
    row = left((await short_holds.client.get(f"/events/{event.aggregate_id}/availability")).json(), seats)
    assert (row["held"], row["left"]) == (0, 3)


async def test_a_late_payment_pays_if_the_seats_are_still_free(infra, short_holds):
    seats = offer(capacity=3)
    event = published(seats)
    await put_on_sale(infra, short_holds, event)
    order = await placed(short_holds, event, (seats, 2))
    await expired(short_holds, order)
    await complete(short_holds, order)
    assert (await read_order(short_holds, order))["status"] == "paid"
    row = left((await short_holds.client.get(f"/events/{event.aggregate_id}/availability")).json(), seats)
    assert (row["sold"], row["held"], row["left"]) == (2, 0, 1)


async def test_a_late_payment_without_seats_is_refunded(infra, short_holds):
    seat = offer(capacity=1)
    event = published(seat)
    await put_on_sale(infra, short_holds, event)
    late = await placed(short_holds, event, (seat, 1))
    await expired(short_holds, late)
    quick = await placed(short_holds, event, (seat, 1))
    await complete(short_holds, quick)  # the seat is sold to someone else
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as reader:
        await complete(short_holds, late)
        refunded = await reader.wait_for(lambda v: v.get("type") == "OrderRefunded" and v["aggregate_id"] == late["id"])
    current = await read_order(short_holds, late)
    assert (current["status"], current["payment"]["status"]) == ("refunded", "refunded")
    assert "hold expired" in json.loads(refunded.value)["reason"]
    assert (await read_order(short_holds, quick))["status"] == "paid"
    tickets = await short_holds.client.get(f"/orders/{late['id']}/tickets", params={"secret": late["secret"]})
    assert tickets.json()["items"] == []
    row = left((await short_holds.client.get(f"/events/{event.aggregate_id}/availability")).json(), seat)
    assert (row["sold"], row["held"], row["left"]) == (1, 0, 0)
