"""Billing killed (SIGKILL) in the middle of a cancellation's refunds: once restarted, every paid
order is refunded exactly once, at billing and at the payment provider."""

import asyncio
import json
import secrets
import uuid

import httpx
import pytest

from shared import topics
from shared.contracts.events import EventCancelled
from shared.db import connect
from tests.integration.billing.helpers import offer, publish, published
from harness.kafka import TopicReader, start_group_at_end
from harness.processes import ServiceProcess
from harness.services import eventually, settings_env

pytestmark = pytest.mark.e2e
ORDERS = 60


@pytest.fixture
def billing_env(infra):
    env = settings_env(infra, "billing", BILLING_SANDBOX_WEBHOOK_SECRET=secrets.token_hex(16),
                       BILLING_ORDER_LINK_SECRET=secrets.token_hex(16),
                       BILLING_EXPIRY_INTERVAL_SECONDS="0.2")
    env["BILLING_PUBLIC_URL"] = f"http://127.0.0.1:{env['BILLING_HTTP_PORT']}"
    env["BILLING_CONSUMER_GROUP"] = f"crash-billing-{uuid.uuid4().hex[:6]}"
    return env


async def paid_orders(http: httpx.AsyncClient, event) -> list[str]:
    ticket_type = event.ticket_types[0].ticket_type_id
    orders = []
    for i in range(ORDERS):
        placed = await http.post("/orders", headers={"Idempotency-Key": str(uuid.uuid4())}, json={
            "event_id": str(event.aggregate_id), "lines": [{"ticket_type_id": str(ticket_type), "quantity": 1}],
            "buyer": {"email": f"buyer{i}@example.org", "name": f"Buyer {i}", "language": "en"}})
        assert placed.status_code == 201, placed.text
        payment = placed.json()["payment"]["provider_payment_id"]
        paid = await http.post(f"/sandbox/payments/{payment}/complete", json={"outcome": "succeeded"})
        assert paid.json()["webhook_status"] == 200
        orders.append(placed.json()["id"])
    return orders


async def test_a_cancellation_interrupted_by_a_kill_refunds_each_order_once(infra, billing_env, tmp_path):
    await start_group_at_end(infra.bootstrap_servers, billing_env["BILLING_CONSUMER_GROUP"], topics.EVENTS_EVENT.name)
    billing = ServiceProcess("billing", billing_env, tmp_path).start()
    conn = await connect(infra.database_url, billing_env["BILLING_DB_SCHEMA"])
    try:
        await asyncio.to_thread(billing.wait_healthy)
        event = published(offer(capacity=ORDERS, max_per_order=1))
        await publish(infra, event)
        async with httpx.AsyncClient(base_url=billing.url, timeout=30) as http:
            async def on_sale() -> bool:
                return (await http.get(f"/events/{event.aggregate_id}/availability")).status_code == 200

            await eventually(on_sale, timeout=30)
            orders = await paid_orders(http, event)

        async with TopicReader(infra.bootstrap_servers, topics.BILLING_ORDER.name) as reader:
            await publish(infra, EventCancelled(aggregate_id=event.aggregate_id, title=event.title, reason="flood"))
            while await conn.fetchval("SELECT count(*) FROM refunds WHERE status = 'succeeded'") < 5:
                await asyncio.sleep(0.005)
            billing.kill()  # half-way: some refunds paid back, perhaps one asked for, the rest not begun
            settled = await conn.fetchval("SELECT count(*) FROM refunds WHERE status = 'succeeded'")
            assert settled < ORDERS, "the saga finished before the kill: nothing was interrupted"

            billing = ServiceProcess("billing", billing_env, tmp_path).start()
            await asyncio.to_thread(billing.wait_healthy)
            await publish(infra, EventCancelled(aggregate_id=event.aggregate_id, title=event.title, reason="flood"))

            async def all_refunded() -> bool:
                return await conn.fetchval("SELECT count(*) FROM refunds WHERE status = 'succeeded'") == ORDERS

            await eventually(all_refunded, timeout=60)
            await reader.drain(2)  # the last RefundIssued, and any redelivery, reach the bus
        per_order = await conn.fetch(
            "SELECT o.id, o.status, count(r.id) AS refunds,"
            " (SELECT count(*) FROM sandbox_refunds s JOIN refunds x ON s.reference = x.id WHERE x.order_id = o.id)"
            " AS at_provider FROM orders o LEFT JOIN refunds r ON r.order_id = o.id GROUP BY o.id")
    finally:
        billing.stop()
        await conn.close()
    assert sorted(str(row["id"]) for row in per_order) == sorted(orders)
    assert {(row["status"], row["refunds"], row["at_provider"]) for row in per_order} == {("refunded", 1, 1)}
    refunds_on_bus = {}
    for record in reader.records:
        value = json.loads(record.value)
        if value.get("type") == "RefundIssued" and value.get("event_id") == str(event.aggregate_id):
            refunds_on_bus.setdefault(value["aggregate_id"], set()).add(value["refund_id"])
    assert sorted(refunds_on_bus) == sorted(orders)
    assert all(len(ids) == 1 for ids in refunds_on_bus.values())  # redelivered perhaps, never a second refund
