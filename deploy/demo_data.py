"""Demo data for a fresh platform: three networks of partnerships in Ukraine, Kazakhstan, the UK and Germany,
their organisations, a few hundred experts, resources, and a dozen events on sale.

Loaded once per run directory (remembered in `<run dir>/demo-data.json`), through the public HTTP APIs like any
client would, so it also proves the services talk. Made from fixed data and a fixed random seed, with the same
ids every time: a second load can never make a second copy.
"""

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from deploy import demo_events, demo_registry
from deploy.config import OPERATOR_EMAIL, OPERATOR_PASSWORD
from deploy.demo_http import created, operator_headers, post_when_known, stable_id
from deploy.demo_organisations import ORGANISATIONS

__all__ = ["create_partnership", "event_body", "operator_headers", "post_when_known", "seed"]
VERSION = 2  # a marker of another version was left by other demo data: this one is loaded as well


def create_partnership(client: httpx.Client, registry: str, name: str, organisations: list[dict]) -> dict:
    """Organisations and their partnership, one request each (the walk-through in deploy/demo.py shows them)."""
    headers = operator_headers(client, registry)
    made = [created(client.post(f"{registry}/organisations", json=o, headers=headers)) for o in organisations]
    members = [{"organisation_id": o["id"], "role": "lead" if i == 0 else "partner"} for i, o in enumerate(made)]
    return created(client.post(f"{registry}/partnerships", headers=headers,
                               json={"name": name, "programme": "Creative Spark", "members": members}))


def event_body(partnership_id: str, title: str, *, capacity: int = 40, price: int = 1500) -> dict:
    """A one-partnership master class a month from now, for walk-throughs and benchmarks."""
    starts = (datetime.now(UTC) + timedelta(days=30)).replace(hour=15, minute=0, second=0, microsecond=0)
    return {
        "title": title,
        "description": "A hands-on master class for students and businesses.",
        "kind": "master_class",
        "organisers": [{"partnership_id": partnership_id, "lead": True, "revenue_share_bps": 10_000}],
        "starts_at": starts.isoformat(),
        "ends_at": (starts + timedelta(hours=3)).isoformat(),
        "timezone": "Europe/Kyiv",
        "venue": {"address": "12 Stepana Bandery St", "city": "Lviv", "country": "UA"},
        "ticket_types": [
            {"name": "Standard", "price": {"amount": price, "currency": "UAH"}, "capacity": capacity,
             "max_per_order": 4},
        ],
    }


def _loaded_before(client: httpx.Client, urls: dict[str, str], marker: Path) -> bool:
    if marker.exists():
        seeded = json.loads(marker.read_text())
        if seeded.get("version") == VERSION:
            return client.get(f"{urls['registry']}/networks/{seeded['network_ids'][0]}").status_code == 200
    # No marker, yet the data is there: loaded by an earlier run that lost its marker or did not finish.
    first = stable_id("organisation", next(iter(ORGANISATIONS)))
    return client.get(f"{urls['registry']}/organisations/{first}").status_code == 200


def seed(urls: dict[str, str], run_dir: Path,
         credentials: tuple[str, str] = (OPERATOR_EMAIL, OPERATOR_PASSWORD)) -> dict | None:
    """Load the demo data unless it is there already; what was loaded, or None."""
    marker, started = run_dir / "demo-data.json", time.monotonic()
    with httpx.Client(timeout=60) as client:
        if _loaded_before(client, urls, marker):
            print("demo data: already there")
            return None
        operator = operator_headers(client, urls["registry"], credentials)  # events and billing want it too
        today = datetime.now(UTC).date()
        registry = demo_registry.seed(client, urls["registry"], operator, today)
        events = demo_events.seed(client, urls, operator, registry.experts, today)
    loaded = {"version": VERSION, "network_ids": registry.network_ids, "event_ids": events.pop("event_ids"),
              "counts": registry.counts | events, "seconds": round(time.monotonic() - started, 1)}
    marker.write_text(json.dumps(loaded, indent=2))
    counts = loaded["counts"]
    print(f"demo data: {counts['networks']} networks, {counts['partnerships']} partnerships,"
          f" {counts['organisations']} organisations, {counts['experts']} experts, {counts['resources']} resources,"
          f" {counts['cooperation']} cooperation requests, {counts['events']} events on sale"
          f" ({counts['vouchers']} with voucher SPARK10) in {loaded['seconds']} s")
    return loaded
