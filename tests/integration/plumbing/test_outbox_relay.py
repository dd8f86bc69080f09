"""The outbox relay publishes what committed, once, keyed by aggregate id."""

import asyncio
import json
import uuid

import pytest

from shared import outbox, telemetry
from shared.contracts.registry import OrganisationRegistered
from shared.kafka import ensure_topics
from shared.outbox import OutboxRelay
from harness.kafka import TopicReader
from harness.services import eventually

pytestmark = pytest.mark.integration
TOPIC = "registry.organisation.v1"


def organisation(name: str) -> OrganisationRegistered:
    return OrganisationRegistered(
        aggregate_id=uuid.uuid4(), name=name, kind="university", country="UA", city="Lviv"
    )


def outbox_empty(pool):
    async def check() -> bool:
        return await pool.fetchval("SELECT count(*) FROM outbox") == 0

    return check


@pytest.fixture
async def producer(infra):
    await ensure_topics(infra.bootstrap_servers, 6)
    producer = outbox.create_producer(infra.bootstrap_servers)
    await producer.start()
    yield producer
    await producer.stop()


async def test_committed_events_are_published_keyed_by_aggregate_and_removed(infra, pool, schema, producer):
    event = organisation("Lviv Polytechnic")
    telemetry.setup_tracing("test", "none")
    async with TopicReader(infra.bootstrap_servers, TOPIC) as reader:
        with telemetry.continue_trace("test request", {}):
            async with pool.acquire() as conn, conn.transaction():
                await outbox.record(conn, [event])
            trace_id = telemetry.current_trace_id()
        relay = asyncio.create_task(OutboxRelay(pool, producer, schema=schema).run())
        try:
            record = await reader.wait_for(lambda v: v["message_id"] == str(event.message_id))
            await eventually(outbox_empty(pool))  # deleted once the broker acknowledged
        finally:
            relay.cancel()
    assert record.key == str(event.aggregate_id).encode()
    headers = dict(record.headers)
    assert headers["event-type"] == b"OrganisationRegistered"
    assert trace_id in headers["traceparent"].decode()
    assert json.loads(record.value)["name"] == "Lviv Polytechnic"


async def test_rolled_back_change_publishes_nothing(pool):
    with pytest.raises(RuntimeError):
        async with pool.acquire() as conn, conn.transaction():
            await outbox.record(conn, [organisation("Never")])
            raise RuntimeError("the change failed")
    assert await pool.fetchval("SELECT count(*) FROM outbox") == 0


async def test_two_relays_publish_every_row_exactly_once(infra, pool, schema, producer):
    events = [organisation(f"Org {i}") for i in range(300)]
    wanted = {str(e.message_id) for e in events}
    async with TopicReader(infra.bootstrap_servers, TOPIC) as reader:
        relays = [asyncio.create_task(OutboxRelay(pool, producer, schema=schema, batch_size=20).run()) for _ in range(2)]
        try:
            async with pool.acquire() as conn, conn.transaction():
                await outbox.record(conn, events)

            async def all_seen() -> bool:
                await reader.drain(0.3)
                return wanted <= {json.loads(r.value)["message_id"] for r in reader.records}

            await eventually(all_seen, timeout=30)
            await eventually(outbox_empty(pool))
            await reader.drain(1.0)  # anything published twice would show up by now
        finally:
            for relay in relays:
                relay.cancel()
    seen = [json.loads(r.value)["message_id"] for r in reader.records]
    seen = [message_id for message_id in seen if message_id in wanted]
    assert sorted(seen) == sorted(wanted)  # each exactly once


async def test_notify_wakes_the_relay_without_waiting_for_the_poll(infra, pool, schema, producer):
    relay = OutboxRelay(pool, producer, schema=schema, idle_poll_seconds=60)
    running = asyncio.create_task(relay.run())
    try:
        await asyncio.wait_for(relay.idle.wait(), 10)  # idle: only NOTIFY can wake it within the next minute
        event = organisation("Woken")
        async with TopicReader(infra.bootstrap_servers, TOPIC) as reader:
            async with pool.acquire() as conn, conn.transaction():
                await outbox.record(conn, [event])
            await reader.wait_for(lambda v: v["message_id"] == str(event.message_id), timeout=10)
    finally:
        running.cancel()


async def test_one_relay_leads_in_commit_order_and_a_standby_takes_over(infra, pool, schema, producer):
    relays = [OutboxRelay(pool, producer, schema=schema, batch_size=7, standby_poll_seconds=0.1) for _ in range(2)]
    leader = asyncio.create_task(relays[0].run())
    await asyncio.wait_for(relays[0].leading.wait(), 10)  # the first relay holds the lead before the second starts
    standby = asyncio.create_task(relays[1].run())
    aggregates = [uuid.uuid4() for _ in range(5)]

    async def commit_renames(rounds: range) -> list[OrganisationRegistered]:
        committed = []
        for i in rounds:  # one transaction per change, as services make them
            for aggregate in aggregates:
                event = organisation(f"Org {i}").model_copy(update={"aggregate_id": aggregate})
                async with pool.acquire() as conn, conn.transaction():
                    await outbox.record(conn, [event])
                committed.append(event)
        return committed

    def published_in_order(reader, committed) -> bool:
        by_key = {}
        for record in reader.records:
            by_key.setdefault(record.key.decode(), []).append(json.loads(record.value)["message_id"])
        return all(by_key.get(str(a), []) == [str(e.message_id) for e in committed if e.aggregate_id == a]
                   for a in aggregates)

    try:
        async with TopicReader(infra.bootstrap_servers, TOPIC) as reader:
            before = await commit_renames(range(20))
            await eventually(outbox_empty(pool))
            leaders = await pool.fetchval(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND classid::int = hashtext('sparknet.outbox') AND objid::int = hashtext($1)", f"outbox_{schema}")
            assert leaders == 1 and relays[0].leading.is_set() and not relays[1].leading.is_set()

            leader.cancel()
            await asyncio.gather(leader, return_exceptions=True)
            await asyncio.wait_for(relays[1].leading.wait(), 10)  # the standby took over
            after = await commit_renames(range(20, 30))
            await eventually(outbox_empty(pool), timeout=15)  # published by the relay that took over
            await reader.drain(1.0)
        assert published_in_order(reader, before + after)
    finally:
        standby.cancel()
        await asyncio.gather(standby, return_exceptions=True)
