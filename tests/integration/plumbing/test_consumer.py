"""Consumers apply each event once, retry what may pass, and dead-letter the rest."""

import json
import logging
import uuid

import pytest
from faststream.kafka import KafkaBroker

from shared import inbox, kafka, topics
from shared.contracts.registry import OrganisationEvent, OrganisationRegistered
from harness.kafka import TopicReader, publish_events, publish_raw, start_group_at_end
from harness.services import eventually

pytestmark = pytest.mark.integration
TOPIC = topics.REGISTRY_ORGANISATION


RUN = uuid.uuid4().hex[:6]


def organisation(name: str) -> OrganisationRegistered:
    return OrganisationRegistered(
        aggregate_id=uuid.uuid4(), name=f"{name} {RUN}", kind="ngo", country="UA", city="Odesa"
    )


@pytest.fixture
async def consumer(infra, pool):
    """A broker like a service's, whose handler records names and fails on request."""
    await kafka.ensure_topics(infra.bootstrap_servers, 6)
    await pool.execute("CREATE TABLE seen (name text NOT NULL)")
    group = f"test-consumer-{uuid.uuid4().hex[:8]}"
    await start_group_at_end(infra.bootstrap_servers, group, TOPIC.name)
    broker = KafkaBroker(
        infra.bootstrap_servers,
        middlewares=[kafka.dead_letter_middleware(lambda: broker, consumer_group=group, max_attempts=3)],
        logger=logging.getLogger("test.kafka"),
    )
    failures: dict[str, int] = {}

    @broker.subscriber(TOPIC.name, **kafka.subscription(group))
    async def on_organisation(event: OrganisationEvent) -> None:
        async def apply(uow):
            await uow.conn.execute("INSERT INTO seen (name) VALUES ($1)", event.name)
            if failures.get(event.name, 0) > 0:
                failures[event.name] -= 1
                raise ConnectionError("database went away")

        await inbox.apply_once(pool, consumer=group, event=event, apply=apply)

    await broker.start()
    yield failures
    await broker.stop()


async def seen(pool, name: str) -> int:
    return await pool.fetchval("SELECT count(*) FROM seen WHERE name = $1", f"{name} {RUN}")


async def test_an_event_delivered_twice_is_applied_once(infra, pool, consumer):
    event = organisation("Twice")
    await publish_events(infra.bootstrap_servers, event, event)
    marker = organisation("After twice")
    await publish_events(infra.bootstrap_servers, marker)
    await eventually(lambda: seen(pool, "After twice"))
    assert await seen(pool, "Twice") == 1


async def test_a_transient_failure_is_retried_and_applied_once(infra, pool, consumer):
    consumer[f"Flaky {RUN}"] = 2  # fails twice, the third attempt passes
    await publish_events(infra.bootstrap_servers, organisation("Flaky"))
    await eventually(lambda: seen(pool, "Flaky"), timeout=30)
    assert await seen(pool, "Flaky") == 1  # failed attempts rolled back


async def test_poison_messages_are_dead_lettered_and_the_consumer_goes_on(infra, pool, consumer):
    consumer[f"Always failing {RUN}"] = 99
    async with TopicReader(infra.bootstrap_servers, TOPIC.dead_letter) as dead_letters:
        await publish_raw(infra.bootstrap_servers, TOPIC.name, b"{not json", key=b"broken")
        await publish_raw(infra.bootstrap_servers, TOPIC.name, json.dumps({"type": "OrganisationRegistered"}).encode())
        await publish_events(infra.bootstrap_servers, organisation("Always failing"), organisation("Healthy"))
        await eventually(lambda: seen(pool, "Healthy"), timeout=60)
        await dead_letters.wait_for(lambda v: v.get("name") == f"Always failing {RUN}")
        parked = await dead_letters.drain(1.0)
    raw_values = [r.value for r in parked]
    assert b"{not json" in raw_values
    assert json.dumps({"type": "OrganisationRegistered"}).encode() in raw_values
    failing = next(r for r in parked if f"Always failing {RUN}".encode() in r.value)
    headers = dict(failing.headers)
    assert b"ConnectionError" in headers["dlq-error"]
    assert headers["dlq-consumer-group"].startswith(b"test-consumer-")
    assert await seen(pool, "Always failing") == 0
