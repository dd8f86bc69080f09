"""Demo data for a fresh platform: a few organisations, a partnership, an event on sale.

Seeded once per run directory (remembered in `<run dir>/demo-data.json`), through the
public HTTP APIs like any client would, so it also proves the services talk.
"""

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from deploy import demo_registry
from deploy.config import OPERATOR_EMAIL, OPERATOR_PASSWORD

ORGANISATIONS = [
    {"name": "Lviv Polytechnic National University", "kind": "university", "country": "UA", "city": "Lviv"},
    {"name": "Lviv IT Cluster", "kind": "it_cluster", "country": "UA", "city": "Lviv"},
    {"name": "Creative Industries Hub", "kind": "ngo", "country": "UA", "city": "Lviv"},
]


def _created(response: httpx.Response) -> dict:
    if response.status_code not in (200, 201):
        raise SystemExit(f"{response.request.method} {response.request.url} → {response.status_code}: {response.text}")
    return response.json()


def _not_heard_yet(response: httpx.Response) -> bool:
    """The registry's news (a partnership, or the key signing our token) has not arrived yet."""
    return (response.status_code == 422 and "not known" in response.text) or (
        response.status_code == 401 and "unknown signing key" in response.text)


def post_when_known(client: httpx.Client, url: str, body: dict, timeout: float = 60,
                    headers: dict[str, str] | None = None) -> dict:
    """POST, retrying while the registry's news has not reached this service yet."""
    deadline = time.monotonic() + timeout
    while True:
        response = client.post(url, json=body, headers=headers)
        if not _not_heard_yet(response) or time.monotonic() > deadline:
            return _created(response)
        time.sleep(0.3)


def operator_headers(client: httpx.Client, registry: str) -> dict[str, str]:
    """Log in to the registry as the bootstrap operator (deploy/platform.py gives it its credentials)."""
    login = _created(client.post(f"{registry}/auth/login",
                                 json={"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD}))
    return {"Authorization": f"Bearer {login['access_token']}"}


def create_partnership(client: httpx.Client, registry: str, name: str, organisations: list[dict]) -> dict:
    headers = operator_headers(client, registry)
    created = [_created(client.post(f"{registry}/organisations", json=o, headers=headers)) for o in organisations]
    members = [{"organisation_id": o["id"], "role": "lead" if i == 0 else "partner"} for i, o in enumerate(created)]
    return _created(client.post(f"{registry}/partnerships", headers=headers,
                                json={"name": name, "programme": "Creative Spark", "members": members}))


def event_body(partnership_id: str, title: str, *, capacity: int = 40, price: int = 1500) -> dict:
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
            {"name": "Standard", "price": {"amount": price, "currency": "UAH"}, "capacity": capacity, "max_per_order": 4},
        ],
    }


def seed(urls: dict[str, str], run_dir: Path) -> None:
    marker = run_dir / "demo-data.json"
    with httpx.Client(timeout=30) as client:
        if marker.exists():
            seeded = json.loads(marker.read_text())
            if client.get(f"{urls['registry']}/partnerships/{seeded['partnership_id']}").status_code == 200:
                print("demo data: already there")
                return
        partnership = create_partnership(client, urls["registry"], "Creative Spark Lviv", ORGANISATIONS)
        operator = operator_headers(client, urls["registry"])  # events wants a token too
        network = demo_registry.seed_network(client, urls["registry"], operator, partnership["id"])
        event = post_when_known(client, f"{urls['events']}/events",
                                event_body(partnership["id"], "Design Thinking Master Class"), headers=operator)
        _created(client.post(f"{urls['events']}/events/{event['id']}/publish", headers=operator))
    marker.write_text(json.dumps({"partnership_id": partnership["id"], "event_id": event["id"]}))
    print(f"demo data: partnership '{partnership['name']}' in network '{network['name']}',"
          f" event '{event['title']}' on sale")
