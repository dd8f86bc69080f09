"""Organisers' full and partial refunds: money back once, tickets voided, seats back on sale."""

import json
from uuid import uuid4

import pytest

from tests.integration.billing.helpers import (
    complete, counts, left, offer, placed, published, put_on_sale, read_order,
)
from tests.integration.billing.partners import partnership
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture
async def paid(infra, billing, tokens):
    """A paid order of two seats at 1500 on an event our partnership organises."""
    ours = await partnership(infra, billing)
    event = published(offer(capacity=5), organisers=(ours.organiser(),))
    await put_on_sale(infra, billing, event)
    order = await placed(billing, event, (event.ticket_types[0], 2))
    await complete(billing, order)
    return event, order, tokens.headers(admin_of=[ours.organisation_id])


async def refund(billing, order, headers, key=None, **body):
    if key:
        headers = {**headers, "Idempotency-Key": key}
    return await billing.client.post(f"/orders/{order['id']}/refunds", json=body, headers=headers)


async def sandbox_refunds(billing, order) -> list[int]:
    from shared.db import connect
    settings = billing.runtime.settings
    conn = await connect(settings.database_url, settings.db_schema)
    try:
        return [r["amount"] for r in await conn.fetch(
            "SELECT amount FROM sandbox_refunds WHERE payment_id = $1 ORDER BY created_at",
            order["payment"]["provider_payment_id"])]
    finally:
        await conn.close()


async def test_a_partial_then_a_full_refund(infra, billing, paid):
    event, order, organiser = paid
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as reader:
        part = await refund(billing, order, organiser, amount=500, reason="one speaker missing")
        assert part.status_code == 201, part.text
        assert (part.json()["amount"]["amount"], part.json()["status"]) == (500, "succeeded")
        issued = await reader.wait_for(lambda v: v.get("type") == "RefundIssued" and v["aggregate_id"] == order["id"])
        assert (json.loads(issued.value)["full"], json.loads(issued.value)["amount"]["amount"]) == (False, 500)
        now = await read_order(billing, order)
        assert (now["status"], now["refunded"]["amount"]) == ("partially_refunded", 500)
        tickets = await billing.client.get(f"/orders/{order['id']}/tickets", params={"secret": order["secret"]})
        assert {t["status"] for t in tickets.json()["items"]} == {"valid"}
        rest = await refund(billing, order, organiser)
        assert rest.status_code == 201 and rest.json()["amount"]["amount"] == 2500
        voided = await reader.wait_for(lambda v: v.get("type") == "TicketsVoided" and v["aggregate_id"] == order["id"])
    after = await read_order(billing, order)
    assert (after["status"], after["refunded"]["amount"], after["payment"]["status"]) == ("refunded", 3000, "refunded")
    tickets = (await billing.client.get(f"/orders/{order['id']}/tickets", params={"secret": order["secret"]})).json()
    assert {t["status"] for t in tickets["items"]} == {"voided"}
    assert sorted(json.loads(voided.value)["ticket_ids"]) == sorted(t["id"] for t in tickets["items"])
    assert await sandbox_refunds(billing, order) == [500, 2500]
    row = left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), event.ticket_types[0])
    assert (row["sold"], row["left"]) == (0, 5)  # the seats are for sale again


async def test_a_refund_with_the_same_key_is_made_once(billing, paid):
    _, order, organiser = paid
    key = str(uuid4())
    first = await refund(billing, order, organiser, key=key, amount=700)
    again = await refund(billing, order, organiser, key=key, amount=700)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    assert (await read_order(billing, order))["refunded"]["amount"] == 700
    assert await sandbox_refunds(billing, order) == [700]


@pytest.mark.parametrize("body, status, detail", [
    ({"amount": 3001}, 422, "amount: must be between 1 and the 3000 EUR left to refund, got 3001"),
    ({"amount": 0}, 422, "amount:"),
    ({"reason": ""}, 422, "reason:"),
])
async def test_a_bad_refund_is_refused_and_changes_nothing(billing, paid, body, status, detail):
    _, order, organiser = paid
    before = await counts(billing)
    response = await refund(billing, order, organiser, **body)
    assert response.status_code == status and detail in response.json()["detail"]
    assert await counts(billing) == before
    assert (await read_order(billing, order))["status"] == "paid"


async def test_only_the_events_organisers_may_refund(infra, billing, tokens, paid):
    event, order, _ = paid
    stranger = await partnership(infra, billing)
    refused = await refund(billing, order, tokens.headers(admin_of=[stranger.organisation_id]))
    assert refused.status_code == 403
    assert (await billing.client.post(f"/orders/{order['id']}/refunds", json={})).status_code == 401
    assert (await refund(billing, {"id": str(uuid4())}, tokens.headers(operator=True))).status_code == 404
    assert (await read_order(billing, order))["status"] == "paid"


async def test_an_unpaid_order_cannot_be_refunded(billing, paid):
    event, _, organiser = paid
    held = await placed(billing, event, (event.ticket_types[0], 1))
    response = await refund(billing, held, organiser)
    assert response.status_code == 409 and "only paid orders" in response.json()["detail"]
