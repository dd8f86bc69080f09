"""The cancellation saga: each paid order refunded exactly once, even when told twice or restarted."""

from uuid import uuid4

import pytest

from services.billing.refunds import cancellation
from shared.contracts.events import EventCancelled
from shared.db import create_pool
from shared.unit_of_work import UnitOfWork
from tests.integration.billing.conftest import start_billing
from tests.integration.billing.helpers import (
    complete, left, offer, order_body, place, placed, publish, published, put_on_sale, read_order,
)
from tests.integration.billing.partners import make_known, partnership
from harness.auth import TokenFactory
from harness.kafka import TopicReader
from harness.services import eventually

pytestmark = pytest.mark.integration


def cancelled(event, reason="the venue flooded") -> EventCancelled:
    return EventCancelled(aggregate_id=event.aggregate_id, title=event.title, reason=reason)


async def paid_orders(billing, event, n: int) -> list[dict]:
    orders = [await placed(billing, event, (event.ticket_types[0], 1 + i % 2)) for i in range(n)]
    for order in orders:
        await complete(billing, order)
    return orders


async def refunds_by_order(service) -> dict[str, list[tuple[int, str]]]:
    """What billing recorded and what the sandbox provider paid back, per order."""
    settings = service.runtime.settings
    pool = await create_pool(settings.database_url, settings.db_schema)
    try:
        rows = await pool.fetch(
            "SELECT r.order_id, r.amount, r.status, (SELECT count(*) FROM sandbox_refunds s WHERE s.reference = r.id)"
            " AS at_provider FROM refunds r ORDER BY r.created_at")
    finally:
        await pool.close()
    found: dict[str, list] = {}
    for row in rows:
        found.setdefault(str(row["order_id"]), []).append((row["amount"], row["status"], row["at_provider"]))
    return found


async def until_settled(service, orders, status="refunded") -> None:
    async def settled():
        return all([(await read_order(service, o))["payment"]["status"] == status for o in orders])
    await eventually(settled, timeout=60)


async def test_a_cancelled_event_refunds_each_paid_order_once(infra, billing):
    tokens = TokenFactory()
    await make_known(infra, billing, tokens)
    ours = await partnership(infra, billing)
    event = published(offer(capacity=20), organisers=(ours.organiser(),))
    await put_on_sale(infra, billing, event)
    orders = await paid_orders(billing, event, 3)
    organiser = tokens.headers(admin_of=[ours.organisation_id])
    partial = await billing.client.post(f"/orders/{orders[0]['id']}/refunds", json={"amount": 500}, headers=organiser)
    assert partial.status_code == 201
    held = await placed(billing, event, (event.ticket_types[0], 2))
    first_ticket = (await billing.client.get(f"/orders/{orders[1]['id']}/tickets",
                                             params={"secret": orders[1]["secret"]})).json()["items"][0]
    message = cancelled(event)
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as reader:
        await publish(infra, message, message, cancelled(event))  # delivered twice, and announced twice
        for order in orders:
            await reader.wait_for(lambda v, o=order: v.get("type") == "RefundIssued" and v["aggregate_id"] == o["id"]
                                  and v["full"] and "venue flooded" in v["reason"])
        await reader.wait_for(lambda v: v.get("type") == "OrderCancelled" and v["aggregate_id"] == held["id"])
    await until_settled(billing, orders)
    recorded = await refunds_by_order(billing)
    totals = [o["total"]["amount"] for o in orders]
    assert recorded[orders[0]["id"]] == [(500, "succeeded", 1), (totals[0] - 500, "succeeded", 1)]
    for order, total in zip(orders[1:], totals[1:]):
        assert recorded[order["id"]] == [(total, "succeeded", 1)]
    assert [(await read_order(billing, o))["status"] for o in [*orders, held]] == ["refunded"] * 3 + ["cancelled"]
    row = left((await billing.client.get(f"/events/{event.aggregate_id}/availability")).json(), event.ticket_types[0])
    assert (row["sold"], row["held"]) == (0, 0)
    scan = await billing.client.post(f"/events/{event.aggregate_id}/check-ins", json={"code": first_ticket["code"]},
                                     headers=organiser)
    assert scan.json()["result"] == "invalid" and "voided" in scan.json()["detail"]
    late = await place(billing, order_body(event))
    assert late.status_code == 422 and "was cancelled" in late.json()["detail"]


async def test_the_saga_resumes_after_billing_restarts_halfway(infra):
    schema = f"t_billing_saga_{uuid4().hex[:8]}"
    async with await start_billing(infra, BILLING_DB_SCHEMA=schema) as first:
        event = published(offer(capacity=20))
        await put_on_sale(infra, first, event)
        orders = await paid_orders(first, event, 4)
    # Billing went down after two refunds committed, before it could ask the provider for either.
    pool = await create_pool(infra.database_url, schema)
    try:
        async with UnitOfWork(pool) as uow:
            await cancellation.on_event_cancelled(uow, cancelled(event))
        owed = [await cancellation.step(pool, event.aggregate_id) for _ in range(2)]
        assert all(o.amount.amount > 0 for o in owed)
        assert await pool.fetchval("SELECT count(*) FROM sandbox_refunds") == 0
    finally:
        await pool.close()
    async with await start_billing(infra, BILLING_DB_SCHEMA=schema, BILLING_EXPIRY_INTERVAL_SECONDS="0.2") as again:
        await publish(infra, cancelled(event))  # and the cancellation arrives once more
        await until_settled(again, orders)
        recorded = await refunds_by_order(again)
    assert {order["id"]: recorded[order["id"]] for order in orders} == {
        order["id"]: [(order["total"]["amount"], "succeeded", 1)] for order in orders}
    assert len(recorded) == 4
