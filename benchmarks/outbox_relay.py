"""How fast committed events reach Kafka through the outbox relay.

    python -m benchmarks.outbox_relay [--events 20000] [--relays 1]

Uses KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL when set, else starts the native test
infrastructure. Writes events in transactions of 50 (like a busy service), runs the
relay(s), and reads the topic back to count what arrived. Last line: JSON figures.
"""

import argparse
import asyncio
import json
import time
import uuid

from shared import outbox
from shared.contracts.registry import OrganisationRegistered
from shared.db import create_pool
from shared.kafka import ensure_topics
from shared.migrations import migrate
from harness.infra import BENCHMARK_PORTS, provide_infra
from harness.kafka import TopicReader


async def run(events: int, relays: int) -> dict:
    with provide_infra("benchmark", BENCHMARK_PORTS) as infra:
        schema = f"bench_outbox_{uuid.uuid4().hex[:6]}"
        await migrate(infra.database_url, schema, None)
        await ensure_topics(infra.bootstrap_servers, 6)
        pool = await create_pool(infra.database_url, schema, max_size=10)
        producer = outbox.create_producer(infra.bootstrap_servers)
        await producer.start()
        batch = [
            OrganisationRegistered(aggregate_id=uuid.uuid4(), name=f"Org {i}", kind="ngo", country="UA", city="Kyiv")
            for i in range(events)
        ]
        wanted = {str(e.message_id) for e in batch}
        async with TopicReader(infra.bootstrap_servers, "registry.organisation.v1") as reader:
            started = time.perf_counter()
            tasks = [asyncio.create_task(outbox.OutboxRelay(pool, producer, schema=schema).run()) for _ in range(relays)]
            for i in range(0, events, 50):
                async with pool.acquire() as conn, conn.transaction():
                    await outbox.record(conn, batch[i:i + 50])
            written = time.perf_counter()
            arrived: set[str] = set()
            duplicates = 0
            while not wanted <= arrived and time.perf_counter() - started < 300:
                before = len(reader.records)
                await reader.drain(0.2)
                for record in reader.records[before:]:
                    message_id = json.loads(record.value)["message_id"]
                    if message_id in wanted:
                        duplicates += message_id in arrived
                        arrived.add(message_id)
            finished = time.perf_counter()
            for task in tasks:
                task.cancel()
        await producer.stop()
        await pool.close()
    return {
        "events": events,
        "relays": relays,
        "write_seconds": round(written - started, 3),
        "seconds_to_last_event_on_kafka": round(finished - started, 3),
        "events_per_second": round(len(arrived) / (finished - started), 1),
        "lost": len(wanted - arrived),
        "duplicates": duplicates,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--relays", type=int, default=1)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.events, args.relays))))


if __name__ == "__main__":
    main()
