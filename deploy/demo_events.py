"""The events' part of the demo: a dozen events across the network's cities and the coming months, drafted,
agreed by their co-organisers and published; each paid one gets the voucher SPARK10 from billing."""

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import httpx

from deploy import demo_events_east, demo_events_west
from deploy.demo_http import created, stable_id, when_known
from deploy.demo_organisations import ORGANISATIONS
from deploy.demo_partnerships import PARTNERSHIPS, members
from deploy.demo_people import Expert
from deploy.demo_places import COUNTRIES

EVENTS = demo_events_east.EVENTS + demo_events_west.EVENTS
COUNTRY_OF = {city: country.code for country in COUNTRIES.values() for city in country.cities}
LANGUAGES = {"UA": ["uk", "en"], "KZ": ["kk", "ru", "en"], "GB": ["en"], "DE": ["de", "en"]}
VOUCHER = {"code": "SPARK10", "kind": "percentage", "percent": 10, "max_uses": 100}


def _organiser(key: str, share: int, lead: bool) -> dict:
    kind = "organisation" if key in ORGANISATIONS else "partnership"
    return {f"{kind}_id": stable_id(kind, key), "lead": lead, "revenue_share_bps": share}


def _at(day: date, clock: str, zone: ZoneInfo) -> str:
    return datetime.combine(day, time.fromisoformat(clock), zone).isoformat()


def _people(spec: dict, experts: list[Expert]) -> tuple[list[Expert], list[Expert]]:
    """Speakers and moderators from the organisers' own organisations."""
    organisations = {o for key, _ in spec["organisers"]
                     for o in (members(key) if key in PARTNERSHIPS else (key,))}
    local = [e for e in experts if organisations & set(e.organisations)]
    speakers = [e for e in local if set(e.roles) - {"moderator"}] or local
    return speakers, [e for e in local if "moderator" in e.roles] or local


def body(spec: dict, experts: list[Expert], today: date) -> dict:
    """POST /events for one of EVENTS, its wall-clock times in its city's zone."""
    country = COUNTRIES[COUNTRY_OF[spec["city"]]]
    zone, first = ZoneInfo(country.timezone), today + timedelta(days=spec["in_days"])
    rng = random.Random(spec["key"])
    speakers, moderators = _people(spec, experts)
    sessions = [{"title": title, "starts_at": _at(first + timedelta(days=day), start, zone),
                 "ends_at": _at(first + timedelta(days=day), end, zone), "room": room,
                 "speakers": [e.id for e in rng.sample(speakers, k=min(len(speakers), rng.choice((1, 1, 2))))],
                 "moderators": [rng.choice(moderators).id] if i % 2 == 0 else []}
                for i, (day, start, end, title, room) in enumerate(spec["sessions"])]
    languages = LANGUAGES[country.code] + (["uk"] if "uk" in spec["title"] and country.code in ("GB", "DE") else [])
    place = ({"venue": {"address": spec["venue"], "city": spec["city"], "country": country.code}}
             if "venue" in spec else {"online_url": spec["online"]})
    return {
        "title": spec["title"], "description": spec["description"], "kind": spec["kind"],
        "organisers": [_organiser(key, share, i == 0) for i, (key, share) in enumerate(spec["organisers"])],
        "starts_at": _at(first, spec["hours"][0], zone),
        "ends_at": _at(first + timedelta(days=spec["days"] - 1), spec["hours"][1], zone),
        "timezone": country.timezone, **place, "sessions": sessions, "languages": list(dict.fromkeys(languages)),
        "tags": spec["tags"], "sectors": ["creative-industries"], "audience": spec["audience"],
        "ticket_types": [{"name": name, "price": {"amount": amount, "currency": country.currency},
                          "capacity": capacity} for name, amount, capacity in spec["tickets"]],
    }


def seed(client: httpx.Client, urls: dict[str, str], headers: dict[str, str], experts: list[Expert],
         today: date) -> dict:
    """Every event drafted (once the events service has heard of its organisers and speakers), agreed by its
    co-organisers and published; then each paid one gets its voucher, once billing has heard of it."""
    events, billing = urls["events"], urls["billing"]

    def draft(spec: dict) -> dict:
        event = when_known(lambda: client.post(f"{events}/events", json=body(spec, experts, today), headers=headers))
        for organiser in (o for o in event["organisers"] if not o["lead"]):
            kind = "organisation_id" if organiser.get("organisation_id") else "partnership_id"
            created(client.post(f"{events}/events/{event['id']}/consents", headers=headers,
                                json={kind: organiser[kind]}))
        return created(client.post(f"{events}/events/{event['id']}/publish", headers=headers))

    # One at a time: the services are busy taking in the registry's news, and retries in parallel slow them.
    published = [draft(spec) for spec in EVENTS]
    paid = [e for e in published if any(t["price"]["amount"] for t in e["ticket_types"])]
    for event in paid:
        when_known(lambda: client.post(f"{billing}/events/{event['id']}/vouchers", json=VOUCHER, headers=headers),
                   missing=True)
    return {"events": len(published), "vouchers": len(paid), "event_ids": [e["id"] for e in published]}
