"""A sales rush: many buyers at once for one event with limited seats, through the HTTP API.

    python -m benchmarks.rush [--buyers 3000] [--capacity 1000] [--concurrency 100] [--billing-workers 2]

Runs registry, events, billing and notifications as separate processes against real
Kafka and PostgreSQL (KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL when set, else the native
benchmark servers). The event is created and published through the registry and the
events service; billing learns of it over Kafka. Each buyer reserves one seat
(POST /orders) and, if it got one, pays at once through the sandbox provider, whose
signed webhook makes billing issue the ticket. Last line: JSON figures.
"""

import argparse
import asyncio
import json
import os
import secrets
import shutil
import sys
import time
import uuid
from pathlib import Path

import aiohttp
import httpx

from benchmarks.fanout_cpu import machine_cpu
from deploy.demo_data import event_body, post_when_known
from harness.infra import BENCHMARK_PORTS, REPO, provide_infra
from harness.kafka import TopicReader, start_group_at_end
from harness.processes import ServiceProcess
from harness.receivers import MailServer
from harness.services import settings_env
from shared import topics

CONSUMED = {
    "events": [topics.REGISTRY_ORGANISATION.name, topics.REGISTRY_PARTNERSHIP.name, topics.REGISTRY_IDENTITY.name],
    "billing": [topics.EVENTS_EVENT.name, topics.REGISTRY_PARTNERSHIP.name, topics.REGISTRY_IDENTITY.name],
    "notifications": [topics.EVENTS_EVENT.name, topics.BILLING_ORDER.name, topics.REGISTRY_IDENTITY.name],
}
OPERATOR = ("operator@example.org", secrets.token_urlsafe(16))


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000, 1)


async def start_platform(infra, log_dir: Path, billing_workers: int, smtp_port: int) -> dict[str, ServiceProcess]:
    run = uuid.uuid4().hex[:6]
    envs = {name: settings_env(infra, name, LOG_LEVEL="WARNING")
            for name in ("registry", "events", "billing", "notifications")}
    envs["registry"] |= {"REGISTRY_BOOTSTRAP_OPERATOR_EMAIL": OPERATOR[0],
                         "REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD": OPERATOR[1]}
    envs["billing"] |= {
        "BILLING_PUBLIC_URL": f"http://127.0.0.1:{envs['billing']['BILLING_HTTP_PORT']}",
        "BILLING_SANDBOX_WEBHOOK_SECRET": secrets.token_hex(16), "BILLING_ORDER_LINK_SECRET": secrets.token_hex(16),
        "BILLING_HTTP_WORKERS": str(billing_workers),
    }
    envs["notifications"] |= {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp_port)}  # confirmations go out
    for name, consumed in CONSUMED.items():
        envs[name][f"{name.upper()}_CONSUMER_GROUP"] = group = f"rush-{name}-{run}"
        await start_group_at_end(infra.bootstrap_servers, group, *consumed)
    services = {name: ServiceProcess(name, env, log_dir).start() for name, env in envs.items()}
    for service in services.values():
        await asyncio.to_thread(service.wait_healthy, 120)
    return services


def created(response: httpx.Response) -> dict:
    if response.status_code not in (200, 201):
        raise SystemExit(f"{response.request.url} → {response.status_code}: {response.text}")
    return response.json()


def put_event_on_sale(services: dict[str, ServiceProcess], capacity: int) -> dict:
    """Through the public APIs, as an organiser would; then wait until billing sells it."""
    registry, events, billing = (services[n].url for n in ("registry", "events", "billing"))
    with httpx.Client(timeout=30) as http:
        login = http.post(f"{registry}/auth/login", json={"email": OPERATOR[0], "password": OPERATOR[1]})
        operator = {"Authorization": f"Bearer {login.json()['access_token']}"}
        members = [created(http.post(f"{registry}/organisations", headers=operator, json={
            "name": name, "kind": kind, "country": "UA", "city": "Lviv"}))["id"]
            for name, kind in (("Rush University", "university"), ("Rush Studio", "business"))]
        partnership = created(http.post(f"{registry}/partnerships", headers=operator, json={
            "name": "Rush partnership", "members": [{"organisation_id": members[0], "role": "lead"},
                                                    {"organisation_id": members[1], "role": "partner"}]}))
        body = event_body(partnership["id"], "Sales rush", capacity=capacity, price=1500)
        event = post_when_known(http, f"{events}/events", body, headers=operator)
        http.post(f"{events}/events/{event['id']}/publish", headers=operator).raise_for_status()
        deadline = time.monotonic() + 60
        while (availability := http.get(f"{billing}/events/{event['id']}/availability")).status_code != 200:
            if time.monotonic() > deadline:
                raise SystemExit("billing never put the event on sale")
            time.sleep(0.2)
    return availability.json()


async def buyer(http: aiohttp.ClientSession, gate: asyncio.Semaphore, event: dict, i: int, results: dict) -> None:
    ticket_type = event["ticket_types"][0]["ticket_type_id"]
    body = {"event_id": event["event_id"], "lines": [{"ticket_type_id": ticket_type, "quantity": 1}],
            "buyer": {"email": f"buyer{i}@example.org", "name": f"Buyer {i}", "language": "en"}}
    async with gate:
        started = time.perf_counter()
        try:
            async with http.post("/orders", json=body, headers={"Idempotency-Key": f"rush-{i}-{uuid.uuid4()}"}) as r:
                status, placed = r.status, await r.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            results["errors"].append(f"reserve: {error!r}")
            return
        answered = time.perf_counter()
        results["reserve"].append(answered - started)
        results["statuses"][status] = results["statuses"].get(status, 0) + 1
        if status != 201:
            return
        results["reserved_at"].append(answered)
        payment = placed["payment"]["provider_payment_id"]
        started = time.perf_counter()
        try:
            async with http.post(f"/sandbox/payments/{payment}/complete", json={"outcome": "succeeded"}) as r:
                status, paid = r.status, await r.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            results["errors"].append(f"pay: {error!r}")
            return
        results["pay"].append(time.perf_counter() - started)
        results["paid"] += status == 200 and paid["webhook_status"] == 200


async def last_ticket(reader: TopicReader, event_id: str, expected: int, timeout: float) -> tuple[float | None, int]:
    """When the last TicketsIssued of this event reached Kafka, and how many tickets were issued."""
    orders: dict[str, int] = {}
    seen = 0
    deadline = time.perf_counter() + timeout
    while len(orders) < expected and time.perf_counter() < deadline:
        await reader.drain(0.2)
        for record in reader.records[seen:]:
            value = json.loads(record.value)
            if value.get("type") == "TicketsIssued" and value.get("event_id") == event_id:
                orders[value["aggregate_id"]] = len(value["tickets"])
        seen = len(reader.records)
    return (time.perf_counter() if len(orders) >= expected else None), sum(orders.values())


async def run(buyers: int, capacity: int, concurrency: int, billing_workers: int) -> dict:
    logs = REPO / ".run" / "rush-logs"  # kept after the run: each service's log
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir(parents=True)
    with provide_infra("benchmark", BENCHMARK_PORTS) as infra, MailServer() as mail:
        services = await start_platform(infra, logs, billing_workers, mail.port)
        try:
            event = await asyncio.to_thread(put_event_on_sale, services, capacity)
            results = {"reserve": [], "pay": [], "statuses": {}, "reserved_at": [], "paid": 0, "errors": []}
            # aiohttp: httpx's client costs several times more CPU per request, and this client shares
            # the machine with the services it measures. Idle connections go before uvicorn's 5 s keep-alive.
            connector = aiohttp.TCPConnector(limit=concurrency, keepalive_timeout=2)
            async with TopicReader(infra.bootstrap_servers, topics.BILLING_ORDER.name) as reader, \
                    aiohttp.ClientSession(services["billing"].url, connector=connector,
                                          timeout=aiohttp.ClientTimeout(total=60)) as http:
                gate = asyncio.Semaphore(concurrency)
                cpu_before = {name: service.cpu_seconds() for name, service in services.items()}
                machine_before = machine_cpu()
                print("rush started", file=sys.stderr, flush=True)
                started = time.perf_counter()
                await asyncio.gather(*(buyer(http, gate, event, i, results) for i in range(buyers)))
                finished = time.perf_counter()
                issued_at, tickets = await last_ticket(reader, event["event_id"], results["paid"], timeout=120)
                cpu = {name: round(service.cpu_seconds() - cpu_before[name], 2) for name, service in services.items()}
                (all_after, idle_after), (all_before, idle_before) = machine_cpu(), machine_before
                busy = round(100 * (1 - (idle_after - idle_before) / max(all_after - all_before, 1)), 1)
                async with http.get(f"/events/{event['event_id']}/availability") as answer:
                    availability = await answer.json()
        finally:
            for service in services.values():
                service.stop()
    reserved = results["statuses"].get(201, 0)
    counters = availability["ticket_types"][0]
    return {
        "buyers": buyers, "capacity": capacity, "concurrency": concurrency, "billing_workers": billing_workers,
        "reserved": reserved, "sold_out_409": results["statuses"].get(409, 0), "statuses": results["statuses"],
        "paid": results["paid"], "transport_errors": len(results["errors"]), "first_errors": results["errors"][:3],
        "reservations_per_second": round(reserved / (max(results["reserved_at"]) - started), 1) if reserved else 0,
        "reserve_requests_per_second": round(buyers / (finished - started), 1),
        "reserve_ms": {f"p{p}": percentile(results["reserve"], p) for p in (50, 95, 99)},
        "pay_ms": {f"p{p}": percentile(results["pay"], p) for p in (50, 95, 99)},
        "rush_seconds": round(finished - started, 3),
        "seconds_until_last_ticket_issued": round(issued_at - started, 3) if issued_at else None,
        "tickets_issued": tickets,
        # Where the machine's time went: what the rush cost each service, whatever else ran alongside.
        "cpu_seconds": cpu, "machine_busy_percent": busy,
        "billing_cpu_ms_per_request": round(cpu["billing"] * 1000 / (buyers + results["paid"]), 2),
        "sold": counters["sold"], "held": counters["held"],
        "oversold": max(0, tickets - capacity) + max(0, counters["sold"] + counters["held"] - capacity)
        + max(0, reserved - capacity),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--buyers", type=int, default=3000)
    parser.add_argument("--capacity", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--billing-workers", type=int, default=int(os.environ.get("BILLING_HTTP_WORKERS", 2)))
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.buyers, args.capacity, args.concurrency, args.billing_workers))))


if __name__ == "__main__":
    main()
