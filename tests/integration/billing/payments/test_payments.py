"""Paying through the sandbox provider: signed webhooks over real HTTP, tickets and their events."""

import json
import time
from uuid import uuid4

import pytest

from tests.integration.billing.helpers import (
    complete, counts, left, offer, placed, published, put_on_sale, read_order, signed_webhook,
)
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture
async def reserved(infra, billing):
    """An order for two General and one Student seat, not paid yet."""
    general, student = offer("General", capacity=10), offer("Student", amount=500, capacity=10)
    event = published(general, student)
    await put_on_sale(infra, billing, event)
    return event, general, await placed(billing, event, (general, 2), (student, 1))


async def test_paying_issues_tickets_and_tells_the_bus(infra, billing, reserved):
    event, general, order = reserved
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as reader:
        completed = await complete(billing, order)
        issued = await reader.wait_for(lambda v: v.get("type") == "TicketsIssued" and v["aggregate_id"] == order["id"])
        paid = await reader.wait_for(lambda v: v.get("type") == "OrderPaid" and v["aggregate_id"] == order["id"])
    assert completed["webhook_status"] == 200
    assert (await read_order(billing, order))["status"] == "paid"
    tickets = (await billing.client.get(f"/orders/{order['id']}/tickets", headers={"Order-Secret": order["secret"]}))
    codes = sorted(t["code"] for t in tickets.json()["items"])
    assert [t["ticket_type_name"] for t in tickets.json()["items"]] == ["General", "General", "Student"]
    message = json.loads(issued.value)
    assert issued.key == order["id"].encode()
    assert sorted(t["code"] for t in message["tickets"]) == codes and len(set(codes)) == 3
    assert (message["event_title"], message["buyer_email"], message["buyer_name"], message["language"]) == (
        "Kharkiv Data Festival", "ada@example.org", "Ada Lovelace", "uk")
    assert json.loads(paid.value)["payment_id"] == order["payment"]["id"]
    row = left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), general)
    assert (row["sold"], row["held"], row["left"]) == (2, 0, 8)


async def test_a_decline_keeps_the_hold_and_the_buyer_may_retry(billing, reserved):
    _, _, order = reserved
    declined = await complete(billing, order, "declined")
    assert declined["webhook_status"] == 200
    after_decline = await read_order(billing, order)
    assert (after_decline["status"], after_decline["payment"]["status"]) == ("reserved", "declined")
    await complete(billing, order, "succeeded")
    assert (await read_order(billing, order))["status"] == "paid"


async def test_a_paid_checkout_cannot_be_paid_again(billing, reserved):
    _, _, order = reserved
    await complete(billing, order)
    again = await billing.client.post(
        f"/sandbox/payments/{order['payment']['provider_payment_id']}/complete", json={"outcome": "succeeded"})
    assert again.status_code == 409 and "already succeeded" in again.json()["detail"]


async def test_a_replayed_webhook_changes_nothing(billing, reserved):
    _, _, order = reserved
    body, headers = signed_webhook(order)
    first = await billing.client.post("/payments/webhook", content=body, headers=headers)
    before = await counts(billing)
    replay = await billing.client.post("/payments/webhook", content=body, headers=headers)
    assert first.json() == {"result": "paid"} and replay.json() == {"result": "duplicate"}
    assert await counts(billing) == before


async def test_duplicate_and_out_of_order_callbacks_are_harmless(billing, reserved):
    _, _, order = reserved
    for kind, expected in [("payment.succeeded", "paid"),
                           ("payment.succeeded", "ignored: payment already succeeded"),
                           ("payment.declined", "ignored: payment already succeeded")]:
        body, headers = signed_webhook(order, kind=kind)
        response = await billing.client.post("/payments/webhook", content=body, headers=headers)
        assert response.json() == {"result": expected}
    tickets = await billing.client.get(f"/orders/{order['id']}/tickets", params={"secret": order["secret"]})
    assert len(tickets.json()["items"]) == 3
    assert (await read_order(billing, order))["status"] == "paid"


@pytest.mark.parametrize("forge, status, detail", [
    (lambda o: signed_webhook(o, secret="not-the-secret"), 401, "signature does not match"),
    (lambda o: signed_webhook(o, timestamp=int(time.time()) - 301), 401, "outside the 300s tolerance"),
    (lambda o: (signed_webhook(o)[0], {"content-type": "application/json"}), 401, "signature header is missing"),
    (lambda o: (signed_webhook(o)[0], {"Sandbox-Signature": "v1=abc"}), 400, "malformed"),
    (lambda o: (signed_webhook(o)[0].replace(b"succeeded", b"declined"), signed_webhook(o)[1]), 401, "does not match"),
])
async def test_a_forged_or_stale_webhook_is_refused_and_changes_nothing(billing, reserved, forge, status, detail):
    _, _, order = reserved
    before = await counts(billing)
    body, headers = forge(order)
    response = await billing.client.post("/payments/webhook", content=body, headers=headers)
    assert response.status_code == status and detail in response.json()["detail"]
    assert await counts(billing) == before
    current = await read_order(billing, order)
    assert (current["status"], current["payment"]["status"]) == ("reserved", "pending")


async def test_a_webhook_for_an_unknown_payment_or_amount_is_400(billing, reserved):
    _, _, order = reserved
    for bad in ({**order, "payment": {**order["payment"], "id": str(uuid4())}},
                {**order, "total": {**order["total"], "amount": 1}}):
        body, headers = signed_webhook(bad)
        response = await billing.client.post("/payments/webhook", content=body, headers=headers)
        assert response.status_code == 400, response.text
    assert (await read_order(billing, order))["status"] == "reserved"
