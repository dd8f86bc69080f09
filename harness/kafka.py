"""Reading and writing the real Kafka topics from tests."""

import asyncio
import json

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from shared.envelope import Envelope
from shared.kafka import ensure_topics
from shared.topics import topic_of


async def publish_events(bootstrap: str, *events: Envelope) -> None:
    """Publish as a producing service's outbox relay would: JSON, keyed by aggregate id."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for event in events:
            await producer.send_and_wait(
                topic_of(event).name,
                value=event.model_dump_json().encode(),
                key=str(event.aggregate_id).encode(),
                headers=[("event-type", event.type.encode())],
            )
    finally:
        await producer.stop()


async def publish_raw(bootstrap: str, topic: str, value: bytes, key: bytes | None = None) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value=value, key=key)
    finally:
        await producer.stop()


def _decoded(value: bytes) -> dict:
    try:
        decoded = json.loads(value)
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}


async def _partitions(bootstrap: str, topics: tuple[str, ...], timeout: float = 15) -> list[TopicPartition]:
    """Every partition of `topics`, waiting for new topics' metadata to settle."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    deadline = asyncio.get_running_loop().time() + timeout
    try:
        while True:
            described = await admin.describe_topics(list(topics))
            if all(t["partitions"] and not t.get("error_code") for t in described):
                return [TopicPartition(t["topic"], p["partition"]) for t in described for p in t["partitions"]]
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"topics {topics} have no partitions: {described}")
            await asyncio.sleep(0.2)
    finally:
        await admin.close()


async def start_group_at_end(bootstrap: str, group_id: str, *topics: str) -> None:
    """Commit the topics' current ends for a new group, so it skips their history."""
    await ensure_topics(bootstrap, 6, list(topics))  # on a new broker they may not exist yet
    partitions = await _partitions(bootstrap, topics)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        ends = await consumer.end_offsets(partitions)
        await consumer.commit({tp: offset for tp, offset in ends.items()})
    finally:
        await consumer.stop()


class TopicReader:
    """Reads topics from their ends at creation time (or from the start).

    Partitions are assigned by hand, without a consumer group: no heartbeats, so a
    test that blocks its event loop for a while cannot lose its place in a rebalance.
    """

    def __init__(self, bootstrap: str, *topics: str, from_beginning: bool = False) -> None:
        self._bootstrap = bootstrap
        self._topics = topics
        self._from_beginning = from_beginning
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        self.records: list = []

    async def __aenter__(self) -> "TopicReader":
        await ensure_topics(self._bootstrap, 6, list(self._topics))
        partitions = await _partitions(self._bootstrap, self._topics)
        await self._consumer.start()
        self._consumer.assign(partitions)
        if self._from_beginning:
            await self._consumer.seek_to_beginning(*partitions)
        else:
            await self._consumer.seek_to_end(*partitions)
        for partition in partitions:
            await self._consumer.position(partition)  # fixes "the end" now, before anything is published
        return self

    async def __aexit__(self, *_: object) -> None:
        await self._consumer.stop()

    async def wait_for(self, predicate, *, timeout: float = 30.0):
        """The first record whose decoded JSON value satisfies `predicate`."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            for record in self.records:
                if predicate(_decoded(record.value)):
                    return record
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(f"no matching record within {timeout}s; saw {len(self.records)}")
            batches = await self._consumer.getmany(timeout_ms=int(min(remaining, 0.5) * 1000))
            for records in batches.values():
                self.records.extend(records)

    async def drain(self, seconds: float) -> list:
        deadline = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < deadline:
            batches = await self._consumer.getmany(timeout_ms=200)
            for records in batches.values():
                self.records.extend(records)
        return self.records
