"""Placing orders over real HTTP: seats never oversold, retries safe, bad requests refused precisely."""

import asyncio
from datetime import timedelta
from uuid import uuid4

import httpx
import pytest

from shared.envelope import utc_now
from tests.integration.billing.helpers import (
    left, offer, order_body, place, placed, published, put_on_sale, read_order,
)
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


async def test_fifty_buyers_racing_for_ten_seats_get_exactly_ten(infra, billing):
    seats = offer(capacity=10, max_per_order=1)
    event = published(seats)
    await put_on_sale(infra, billing, event)
    async with httpx.AsyncClient(base_url=billing.base_url, timeout=60) as client:
        responses = await asyncio.gather(*(
            client.post("/orders", json=order_body(event, (seats, 1), email=f"buyer{i}@example.org"),
                        headers={"Idempotency-Key": str(uuid4())})
            for i in range(50)
        ))
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201] * 10 + [409] * 40, statuses
    assert all(r.json()["detail"].startswith("sold out") for r in responses if r.status_code == 409)
    row = left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), seats)
    assert (row["held"], row["sold"], row["left"]) == (10, 0, 0)


async def test_several_lines_hold_all_or_nothing(infra, billing):
    plenty, scarce = offer("Plenty", capacity=100), offer("Scarce", capacity=1)
    event = published(plenty, scarce)
    await put_on_sale(infra, billing, event)
    await placed(billing, event, (scarce, 1))
    response = await place(billing, order_body(event, (plenty, 2), (scarce, 1)))
    assert response.status_code == 409 and "'Scarce'" in response.json()["detail"]
    availability = (await billing.client.get(f"/events/{event.aggregate_id}/availability")).json()
    assert left(availability, plenty)["held"] == 0  # its seats were given back with the failed line


async def test_an_order_answers_with_its_total_hold_checkout_and_secret(infra, billing):
    general, student = offer("General", amount=1500), offer("Student", amount=500)
    event = published(general, student)
    await put_on_sale(infra, billing, event)
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as reader:
        order = await placed(billing, event, (general, 2), (student, 1))
        record = await reader.wait_for(lambda v: v.get("aggregate_id") == order["id"])
    assert order["status"] == "reserved" and order["total"] == {"amount": 3500, "currency": "EUR"}
    assert order["payment"]["checkout_url"].startswith(f"{billing.base_url}/sandbox/checkout/pay_")
    assert len(order["secret"]) >= 40
    assert abs((utc_now() + timedelta(minutes=15)).timestamp() - _ts(order["expires_at"])) < 30
    assert record.key == order["id"].encode() and b'"OrderReserved"' in record.value
    assert "secret" not in await read_order(billing, order)


async def test_the_same_key_and_body_give_the_same_order(infra, billing):
    seats = offer(capacity=10)
    event = published(seats)
    await put_on_sale(infra, billing, event)
    body, key = order_body(event, (seats, 2)), str(uuid4())
    first, again = await place(billing, body, key), await place(billing, body, key)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    row = left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), seats)
    assert row["held"] == 2


async def test_the_same_key_with_another_body_is_409(infra, billing):
    seats = offer(capacity=10)
    event = published(seats)
    await put_on_sale(infra, billing, event)
    key = str(uuid4())
    assert (await place(billing, order_body(event, (seats, 1)), key)).status_code == 201
    other = await place(billing, order_body(event, (seats, 3)), key)
    assert other.status_code == 409 and "different request" in other.json()["detail"]
    assert left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), seats)["held"] == 1


async def test_concurrent_retries_with_one_key_place_one_order(infra, billing):
    seats = offer(capacity=10)
    event = published(seats)
    await put_on_sale(infra, billing, event)
    body, key = order_body(event, (seats, 1)), str(uuid4())
    responses = await asyncio.gather(*(place(billing, body, key) for _ in range(5)))
    assert sorted(r.status_code for r in responses) == [200] * 4 + [201]
    assert len({r.json()["id"] for r in responses}) == 1
    assert left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), seats)["held"] == 1


async def test_an_order_is_hidden_without_its_secret(infra, billing):
    event = published()
    await put_on_sale(infra, billing, event)
    order = await placed(billing, event)
    for request in ({}, {"headers": {"Order-Secret": "guess"}}, {"params": {"secret": order["secret"][:-1]}}):
        response = await billing.client.get(f"/orders/{order['id']}", **request)
        assert response.status_code == 404 and response.json()["detail"] == f"order {order['id']} not found"
        assert (await billing.client.get(f"/orders/{order['id']}/tickets", **request)).status_code == 404
    by_query = await billing.client.get(f"/orders/{order['id']}", params={"secret": order["secret"]})
    assert by_query.status_code == 200 and by_query.json()["id"] == order["id"]


def _ts(moment: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(moment).timestamp()
