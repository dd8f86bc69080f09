"""How fast the public catalogue answers searches over many published events.

    python -m benchmarks.events_catalogue [--events 3000] [--searches 400] [--concurrency 8]

Uses KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL when set, else starts the native benchmark
infrastructure. Seeds published events (with organisers, ticket types, tags, languages)
into a schema of its own, then runs a mix of catalogue searches — text, city, tags,
language, date range, paid, seats left, a second page — with their page data, as
`GET /events` does. Last line: JSON figures.
"""

import argparse
import asyncio
import json
import random
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

from services.events.app import MIGRATIONS
from services.events.catalogue import repository as catalogue
from services.events.catalogue.domain import Search
from services.events.event import pages as views, repository
from services.events.event.domain import Event, EventStatus
from services.events.event.values import Schedule, Venue
from services.events.tickets.domain import TicketType
from shared.contracts.events import EventKind, Organiser
from shared.db import create_pool
from shared.migrations import migrate
from shared.money import Money
from harness.infra import BENCHMARK_PORTS, provide_infra

CITIES = ["Lviv", "Kyiv", "Odesa", "Kharkiv", "Dnipro", "Berlin", "Tallinn", "Lisboa"]
TAGS = ["design", "data", "ai", "music", "film", "games", "crafts", "fashion", "media", "robotics"]
START = datetime(2031, 1, 1, 9, tzinfo=UTC)


def _event(i: int, partnerships: list[uuid.UUID], rng: random.Random) -> Event:
    starts = START + timedelta(hours=rng.randrange(0, 24 * 365))
    price = rng.choice([0, 1500, 25_000])
    event = Event(
        titles={"en": f"{rng.choice(TAGS).title()} session {i}", "uk": f"Сесія {i}"},
        descriptions={"en": f"A {rng.choice(TAGS)} event for students and businesses"},
        kind=rng.choice(list(EventKind)), schedule=Schedule(starts, starts + timedelta(hours=3), "Europe/Kyiv"),
        organisers=(Organiser(partnership_id=rng.choice(partnerships), lead=True, revenue_share_bps=10_000),),
        venue=Venue(address="1 Main St", city=rng.choice(CITIES), country="UA"),
        ticket_types=[TicketType(name="Standard", price=Money(amount=price, currency="UAH"), capacity=50)],
        languages=tuple(rng.sample(["uk", "en", "de"], 2)), tags=tuple(rng.sample(TAGS, 3)),
    )
    event.status, event.published_at = EventStatus.PUBLISHED, starts - timedelta(days=30)
    return event


def _searches(rng: random.Random) -> list[Search]:
    month = START + timedelta(days=rng.randrange(0, 330))
    return [
        Search(text=rng.choice(TAGS)), Search(city=rng.choice(CITIES)), Search(tags=(rng.choice(TAGS),)),
        Search(language="de", paid=False), Search(ends_after=month, starts_before=month + timedelta(days=30)),
        Search(city=rng.choice(CITIES), with_seats=True, kind=rng.choice(list(EventKind))),
    ]


async def run(events: int, searches: int, concurrency: int) -> dict:
    rng = random.Random(4)
    with provide_infra("benchmark", BENCHMARK_PORTS) as infra:
        schema = f"bench_events_{uuid.uuid4().hex[:6]}"
        await migrate(infra.database_url, schema, MIGRATIONS)
        pool = await create_pool(infra.database_url, schema, max_size=concurrency + 2)
        partnerships = [uuid.uuid4() for _ in range(40)]
        seeded = time.perf_counter()
        for first in range(0, events, 100):
            async with pool.acquire() as conn, conn.transaction():
                for i in range(first, min(first + 100, events)):
                    await repository.add(conn, _event(i, partnerships, rng))
        seeded = time.perf_counter() - seeded
        await pool.execute("ANALYZE")
        latencies: list[float] = []
        queue = [s for _ in range(searches // 6 + 1) for s in _searches(rng)][:searches]

        async def worker() -> None:
            while queue:
                search = queue.pop()
                began = time.perf_counter()
                async with pool.acquire() as conn:
                    page = await catalogue.search(conn, search, limit=20, after=None)
                    if len(page) == 20:  # and the next page, as a visitor scrolling would
                        page = await catalogue.search(conn, search, limit=20, after=page[-1].id)
                    await views.render(conn, page, None)
                latencies.append(time.perf_counter() - began)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
        await pool.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await pool.close()
    latencies.sort()
    return {
        "benchmark": "events_catalogue", "events": events, "searches": len(latencies), "concurrency": concurrency,
        "seed_events_per_second": round(events / seeded, 1),
        "searches_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--searches", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.events, args.searches, args.concurrency))))


if __name__ == "__main__":
    main()
