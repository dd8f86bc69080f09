"""Bad requests get a precise 4xx, and nothing is written."""

from datetime import timedelta
from uuid import uuid4

import pytest

from shared.envelope import utc_now
from tests.integration.billing.helpers import counts, offer, order_body, place, published, put_on_sale

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def on_sale(infra, billing):
    regular = offer("Regular", capacity=10, max_per_order=2)
    later = offer("Later", sales_start=utc_now() + timedelta(days=1))
    over = offer("Over", sales_end=utc_now() - timedelta(minutes=1))
    event = published(regular, later, over)
    await put_on_sale(infra, billing, event)
    return event, regular, later, over


async def refused(billing, status: int, detail: str, **request) -> None:
    before = await counts(billing)
    response = await billing.client.post("/orders", **request)
    assert response.status_code == status, response.text
    assert detail in response.json()["detail"], response.json()["detail"]
    assert await counts(billing) == before


async def test_a_missing_idempotency_key_is_400(billing, on_sale):
    event, regular, *_ = on_sale
    await refused(billing, 400, "Idempotency-Key header is required", json=order_body(event, (regular, 1)))


async def test_a_missing_key_is_400_even_when_the_body_is_bad_too(billing):
    await refused(billing, 400, "Idempotency-Key header is required", json={"lines": []})


async def test_malformed_json_is_400(billing):
    await refused(billing, 400, "JSON", content=b'{"event_id": ', headers={
        "Idempotency-Key": str(uuid4()), "content-type": "application/json"})


@pytest.mark.parametrize("change, detail", [
    (lambda b: b["lines"][0].update(quantity=0), "lines[0].quantity: Input should be greater than or equal to 1"),
    (lambda b: b.update(lines=[]), "lines: List should have at least 1 item"),
    (lambda b: b["buyer"].update(email="not-an-email"), "buyer.email"),
    (lambda b: b["buyer"].update(name="   "), "buyer.name: Value error, must not be blank"),
    (lambda b: b.pop("event_id"), "event_id: Field required"),
])
async def test_invalid_bodies_are_422(billing, on_sale, change, detail):
    event, regular, *_ = on_sale
    body = order_body(event, (regular, 1))
    change(body)
    await refused(billing, 422, detail, json=body, headers={"Idempotency-Key": str(uuid4())})


async def test_an_unknown_event_is_422(billing, on_sale):
    event, regular, *_ = on_sale
    body = order_body(event, (regular, 1)) | {"event_id": str(uuid4())}
    await refused(billing, 422, f"event_id: unknown event {body['event_id']}", json=body,
                  headers={"Idempotency-Key": str(uuid4())})


async def test_an_unknown_ticket_type_is_422(billing, on_sale):
    event, regular, *_ = on_sale
    body = order_body(event, (regular, 1))
    stranger = str(uuid4())
    body["lines"].append({"ticket_type_id": stranger, "quantity": 1})
    await refused(billing, 422, f"lines[1].ticket_type_id: unknown ticket type {stranger}", json=body,
                  headers={"Idempotency-Key": str(uuid4())})


@pytest.mark.parametrize("which, quantity, detail", [
    (1, 3, "lines[0]: at most 2 tickets of 'Regular' per order, got 3"),
    (2, 1, "lines[0]: sales for 'Later' open at"),
    (3, 1, "lines[0]: sales for 'Over' closed at"),
])
async def test_rules_of_the_ticket_type_are_422(billing, on_sale, which, quantity, detail):
    event, ticket_type = on_sale[0], on_sale[which]
    await refused(billing, 422, detail, json=order_body(event, (ticket_type, quantity)),
                  headers={"Idempotency-Key": str(uuid4())})


async def test_a_refused_request_leaves_its_key_free(billing, on_sale):
    event, regular, *_ = on_sale
    key = str(uuid4())
    assert (await place(billing, order_body(event, (regular, 3)), key)).status_code == 422
    assert (await place(billing, order_body(event, (regular, 1)), key)).status_code == 201
