"""One published event fanned out to 10,000 webhook subscribers, by one and by two instances.

    python -m benchmarks.fanout [--subscribers 10000] [--concurrency 64]

Uses KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL when set, else starts the native benchmark
infrastructure. Each run: a fresh schema with the subscribers inserted directly, a fresh
consumer group, notifications as separate OS processes (one, then two in one group), a fast
local receiver in its own process counting (subscriber, webhook-id) pairs. The clock starts
when the event is published to Kafka and stops at the receiver's last request.
Last line: JSON figures.
"""

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
import httpx

from benchmarks.fanout_cpu import cpu_seconds, database_cpu, machine_cpu
from services.notifications.app import MIGRATIONS
from services.notifications.ids import new_id
from services.notifications.subscriptions.domain import generate_secret
from shared import topics
from shared.contracts.events import EventDrafted
from shared.kafka import ensure_topics
from shared.migrations import migrate
from harness.infra import BENCHMARK_PORTS, REPO, provide_infra
from harness.kafka import publish_events, start_group_at_end
from harness.processes import ServiceProcess
from harness.services import free_port, settings_env, unique_schema
from harness.contracts import event_published

CONSUMED = [topics.EVENTS_EVENT.name, topics.BILLING_ORDER.name, topics.REGISTRY_PARTNERSHIP.name,
            topics.REGISTRY_EXPERT.name, topics.REGISTRY_COOPERATION.name]


async def add_subscribers(database_url: str, schema: str, count: int, receiver_port: int, city: str) -> None:
    conn = await asyncpg.connect(database_url, server_settings={"search_path": schema})
    try:
        rows = [(new_id(), f"http://127.0.0.1:{receiver_port}/hook/{i}", generate_secret(), json.dumps({"city": city}))
                for i in range(count)]
        await conn.copy_records_to_table(
            "subscriptions", records=[(i, "webhook", u, s, ["EventPublished"], f) for i, u, s, f in rows],
            columns=["id", "channel", "url", "secret", "event_types", "filters"],
        )
    finally:
        await conn.close()


async def stats(http: httpx.AsyncClient, port: int) -> dict:
    return (await http.get(f"http://127.0.0.1:{port}/stats")).json()


async def scenario(infra, *, instances: int, subscribers: int, concurrency: int, receiver_port: int,
                   receiver_pid: int, log_dir: Path) -> dict:
    schema, group, city = unique_schema("bench_fanout"), f"bench-fanout-{uuid.uuid4().hex[:8]}", f"Bench-{uuid.uuid4().hex[:6]}"
    await migrate(infra.database_url, schema, MIGRATIONS)
    await add_subscribers(infra.database_url, schema, subscribers, receiver_port, city)
    await start_group_at_end(infra.bootstrap_servers, group, *CONSUMED)
    processes = []
    for n in range(instances):
        env = settings_env(infra, "notifications", NOTIFICATIONS_DB_SCHEMA=schema, NOTIFICATIONS_CONSUMER_GROUP=group,
                           NOTIFICATIONS_ALLOW_HTTP_TARGETS="true", NOTIFICATIONS_DISPATCH_CONCURRENCY=str(concurrency),
                           NOTIFICATIONS_DISPATCH_POLL_SECONDS="1", LOG_LEVEL="WARNING")
        logs = log_dir / f"{instances}-{n}"
        logs.mkdir(parents=True, exist_ok=True)
        processes.append(ServiceProcess("notifications", env, logs).start())
    async with httpx.AsyncClient(timeout=10) as http:
        try:
            for process in processes:
                await asyncio.to_thread(process.wait_healthy, 120)
            key = uuid.uuid4()
            await warm_up(infra, schema, key, instances)
            await http.post(f"http://127.0.0.1:{receiver_port}/reset")
            event = event_published(aggregate_id=key, city=city)
            pids = [p.pid for p in processes] + [receiver_pid]
            cpu_before = [cpu_seconds(pid) for pid in pids]
            database_before, machine_before = await database_cpu(infra), machine_cpu()
            started = time.time()
            await publish_events(infra.bootstrap_servers, event)
            seen = await stats(http, receiver_port)
            deadline = time.monotonic() + 600
            while seen["unique"] < subscribers and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
                seen = await stats(http, receiver_port)
            cpu = [round(cpu_seconds(pid) - before, 2) for pid, before in zip(pids, cpu_before, strict=True)]
            database_after, machine_after = await database_cpu(infra), machine_cpu()
            recorded = await recorded_as_delivered(infra, schema, subscribers)
            seen = await stats(http, receiver_port)  # anything late (a duplicate) still counts
        finally:
            for process in processes:
                process.stop()
            await drop_schema(infra, schema)
    seconds = seen["last"] - started if seen["last"] else float("nan")
    return {
        "instances": instances,
        "delivered": seen["unique"],
        "deliveries_per_second": round(seen["unique"] / seconds, 1) if seen["unique"] else 0,
        "seconds_to_first_delivery": round(seen["first"] - started, 3) if seen["first"] else None,
        "seconds_to_last_delivery": round(seconds, 3),
        # Until the last delivery: where the time went (each instance, then the receiver).
        "cpu_seconds_per_instance": cpu[:-1],
        "receiver_cpu_seconds": cpu[-1],
        # Busy share of all the machine's cores meanwhile, whoever used them (other work included).
        "machine_cpu_busy": round(1 - (machine_after[1] - machine_before[1])
                                  / max(1, machine_after[0] - machine_before[0]), 2),
        "postgres_backends_cpu_seconds": round(
            sum(t - database_before.get(pid, t) for pid, t in database_after.items()), 2),
        "recorded_as_delivered": recorded,
        "duplicates": seen["requests"] - seen["unique"],
        "lost": subscribers - seen["unique"],
    }


async def drop_schema(infra, schema: str) -> None:
    conn = await asyncpg.connect(infra.database_url)
    try:
        await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    finally:
        await conn.close()


async def recorded_as_delivered(infra, schema: str, wanted: int) -> int:
    """What the service itself recorded as delivered: the receiver's count alone could hide unrecorded sends."""
    conn = await asyncpg.connect(infra.database_url, server_settings={"search_path": schema})
    try:
        for _ in range(300):
            count = await conn.fetchval(
                "SELECT count(*) FROM deliveries WHERE status = 'delivered' AND event_type = 'EventPublished'")
            if count >= wanted:
                break
            await asyncio.sleep(0.1)
        return count
    finally:
        await conn.close()


async def warm_up(infra, schema: str, key: uuid.UUID, instances: int) -> None:
    """Wait until the consumer owning the event's partition has joined and reads: the clock measures fan-out."""
    drafted = EventDrafted(aggregate_id=key, title="warm-up", organisers=())
    await publish_events(infra.bootstrap_servers, drafted)
    conn = await asyncpg.connect(infra.database_url, server_settings={"search_path": schema})
    try:
        for _ in range(1200):
            if await conn.fetchval("SELECT 1 FROM inbox WHERE message_id = $1", drafted.message_id):
                return
            await asyncio.sleep(0.1)
        raise RuntimeError("the notifications consumers never picked up the warm-up event")
    finally:
        await conn.close()


async def run(subscribers: int, concurrency: int) -> dict:
    receiver_port = free_port()
    receiver = subprocess.Popen([sys.executable, "-m", "benchmarks.fanout_receiver", str(receiver_port)], cwd=REPO)
    try:
        with provide_infra("benchmark", BENCHMARK_PORTS) as infra, tempfile.TemporaryDirectory() as logs:
            await ensure_topics(infra.bootstrap_servers, 6)
            one = await scenario(infra, instances=1, subscribers=subscribers, concurrency=concurrency,
                                 receiver_port=receiver_port, receiver_pid=receiver.pid, log_dir=Path(logs))
            two = await scenario(infra, instances=2, subscribers=subscribers, concurrency=concurrency,
                                 receiver_port=receiver_port, receiver_pid=receiver.pid, log_dir=Path(logs))
    finally:
        receiver.terminate()
        receiver.wait()
    return {
        "subscribers": subscribers,
        "dispatch_concurrency": concurrency,
        "one_instance": one,
        "two_instances": two,
        "scaling": round(two["deliveries_per_second"] / one["deliveries_per_second"], 2)
        if one["deliveries_per_second"] else None,
        "deliveries_per_second": one["deliveries_per_second"],
        "duplicates": one["duplicates"] + two["duplicates"],
        "lost": one["lost"] + two["lost"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.subscribers, args.concurrency))))


if __name__ == "__main__":
    main()
