"""Instances of their own: a restart that replays Kafka sends nothing twice; strict SSRF; the endpoint rate limit."""

import uuid
from collections import Counter
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from services.notifications.fanout import service as fanout
from tests.integration.notifications.conftest import notifications_instance
from tests.integration.notifications.helpers import deliveries_of, settled_delivery, subscribe, unique_city
from harness.kafka import _partitions, start_group_at_end
from harness.services import eventually, unique_schema
from tests.unit.notifications.factories import event_published

pytestmark = pytest.mark.integration
TOPIC = "events.event.v1"


async def committed(bootstrap: str, group: str) -> dict[TopicPartition, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = await _partitions(bootstrap, (TOPIC,))
        return {tp: await consumer.committed(tp) for tp in partitions}
    finally:
        await consumer.stop()


async def rewind(bootstrap: str, group: str, offsets: dict[TopicPartition, int]) -> None:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(list(offsets))
        await consumer.commit(offsets)
    finally:
        await consumer.stop()


async def test_a_restart_that_gets_the_event_again_from_kafka_sends_it_once(infra, mail, tokens, receiver, publish):
    group, schema = f"notifications-restart-{uuid.uuid4().hex[:8]}", unique_schema("notifications")
    city, path = unique_city(), f"restart/{uuid.uuid4().hex}"
    await start_group_at_end(infra.bootstrap_servers, group, TOPIC, "billing.order.v1", "registry.partnership.v1",
                             "registry.expert.v1", "registry.cooperation.v1")
    before = await committed(infra.bootstrap_servers, group)
    same = {"NOTIFICATIONS_CONSUMER_GROUP": group, "NOTIFICATIONS_DB_SCHEMA": schema}
    event = event_published(city=city)
    async with notifications_instance(infra, mail, tokens, keep_schema=True, **same) as first:
        subscription = await subscribe(first, receiver.url(path), city=city)
        await publish(event)
        await settled_delivery(first, event.message_id, subscription_id=subscription["id"])

    # As if the service had died before committing its offset: Kafka hands the event over again.
    await rewind(infra.bootstrap_servers, group, before)
    async with notifications_instance(infra, mail, tokens, **same) as second:
        marker = event_published(city=city, aggregate_id=event.aggregate_id)  # same partition, after the event
        await publish(marker)
        await settled_delivery(second, marker.message_id, subscription_id=subscription["id"])
        assert len(await deliveries_of(second, subscription_id=subscription["id"])) == 2
    assert Counter(r.headers["webhook-id"] for r in receiver.at(path)) == {
        str(event.message_id): 1, str(marker.message_id): 1}


@pytest.mark.parametrize("url", [
    "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data",
    "https://localhost:8443/x", "https://[::1]/x", "https://2130706433/x", "https://metadata.internal/x",
    "http://hooks.example.org/plain-http",
])
async def test_outside_development_private_targets_and_plain_http_are_refused(infra, mail, tokens, url, strict):
    response = await strict.client.post("/subscriptions", json={
        "channel": "webhook", "url": url, "event_types": ["EventPublished"]})
    assert response.status_code == 422, response.text
    assert response.json()["detail"].startswith("url: ")
    async with strict.runtime.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM subscriptions") == 0


@pytest.fixture(scope="module")
async def strict(infra, mail, tokens):
    async with notifications_instance(infra, mail, tokens, SPARKNET_ENV="production", NOTIFICATIONS_ALLOW_PRIVATE_TARGETS="false",
                                      NOTIFICATIONS_ALLOW_HTTP_TARGETS="false") as service:
        yield service


async def test_an_endpoint_gets_no_more_than_its_rate(infra, mail, tokens, receiver):
    rate, burst = 5, 2
    limits = {"NOTIFICATIONS_ENDPOINT_RATE_PER_SECOND": str(rate), "NOTIFICATIONS_ENDPOINT_BURST": str(burst),
              "NOTIFICATIONS_DISPATCH_CONCURRENCY": "32"}
    async with notifications_instance(infra, mail, tokens, **limits) as limited:
        city, path = unique_city(), f"limited/{uuid.uuid4().hex}"
        subscription = await subscribe(limited, receiver.url(path), city=city)
        events = [event_published(city=city) for _ in range(12)]
        # No request can be granted before the deliveries are committed, so this is no later than the first grant.
        planned_at = datetime.now(UTC)
        async with limited.runtime.pool.acquire() as conn, conn.transaction():
            for event in events:
                await fanout.notify_subscribers(conn, event)

        async def all_delivered():
            found = await deliveries_of(limited, subscription_id=subscription["id"], status="delivered")
            return found if len(found) == len(events) else None

        delivered = await eventually(all_delivered)
        last = max(datetime.fromisoformat(d["delivered_at"]) for d in delivered)
        # A full bucket lets `burst` go at once; each further request waits 1/rate for its token.
        assert (last - planned_at).total_seconds() >= (len(events) - burst) / rate
        assert {d["attempt_count"] for d in delivered} == {1}  # held back is not an attempt
        assert Counter(r.headers["webhook-id"] for r in receiver.at(path)) == {str(e.message_id): 1 for e in events}
