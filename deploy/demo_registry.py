"""The registry's part of the demo: organisations, partnerships and experts through its bulk import, then
networks with their champions, resources and a few cooperation requests, as the bootstrap operator."""

from dataclasses import dataclass
from datetime import date, timedelta

import httpx

from deploy import demo_organisations, demo_partnerships, demo_people, demo_resources
from deploy.demo_http import created, stable_id
from deploy.demo_partnerships import NETWORKS

# (requesting partnership, requested partnership, an expert of this organisation or this resource, outcome)
COOPERATION = [
    ("cs-kyiv", "ex-london-berlin", "gb-ual", "accepted"),
    ("cs-almaty", "cs-kyiv", "ua-pixel-fox", "accepted"),
    ("cs-lviv", "ex-manchester-leipzig", "gb-mmu", "accepted"),
    ("ex-glasgow-hamburg", "cs-astana", "Game design internships", "accepted"),
    ("cs-odesa", "ex-cardiff-cologne", "3D printers and laser cutter", "pending"),
    ("cs-shymkent", "cs-almaty-tech", "Almaty Creative Quarter gallery space", "declined"),
    ("cs-odesa", "cs-lviv", "ua-lviv-it", "accepted"),
    ("cs-dnipro", "cs-kharkiv", "Kharkiv IT Cluster event hall", "pending"),
    ("cs-karaganda", "cs-almaty", "kz-almau", "accepted"),
    ("ex-cardiff-cologne", "ex-glasgow-hamburg", "Teacher internships in media and games", "accepted"),
]


@dataclass
class Loaded:
    network_ids: list[str]
    experts: list[demo_people.Expert]
    resource_ids: dict[str, str]  # by title
    counts: dict[str, int]


def _imported(client: httpx.Client, registry: str, headers: dict[str, str], kind: str, rows: list[dict]) -> int:
    report = created(client.post(f"{registry}/imports/{kind}", json=rows, headers=headers))
    return report["rows_written"]


def seed(client: httpx.Client, registry: str, headers: dict[str, str], today: date) -> Loaded:
    taxonomy = created(client.get(f"{registry}/skills"))
    experts = demo_people.experts(taxonomy)
    counts = {"organisations": _imported(client, registry, headers, "organisations",
                                         demo_organisations.import_rows()),
              "partnerships": _imported(client, registry, headers, "partnerships",
                                        demo_partnerships.import_rows(today)),
              "experts": _imported(client, registry, headers, "experts", [e.row for e in experts])}
    network_ids = [_network(client, registry, headers, key, today) for key in NETWORKS]
    organisation_ids = {key: stable_id("organisation", key) for key in demo_organisations.ORGANISATIONS}
    resource_ids = {body["title"]: created(client.post(f"{registry}/resources", json=body, headers=headers))["id"]
                    for body in demo_resources.bodies(today, organisation_ids)}
    for request in COOPERATION:
        _cooperate(client, registry, headers, request, experts, resource_ids, today)
    counts |= {"networks": len(network_ids), "resources": len(resource_ids), "cooperation": len(COOPERATION)}
    return Loaded(network_ids, experts, resource_ids, counts)


def _network(client: httpx.Client, registry: str, headers: dict[str, str], key: str, today: date) -> str:
    name, description, partnerships, champion = NETWORKS[key]
    network = created(client.post(f"{registry}/networks", headers=headers, json={
        "name": name, "description": description,
        "partnership_ids": [stable_id("partnership", p) for p in partnerships]}))
    created(client.post(f"{registry}/networks/{network['id']}/champions", headers=headers, json={
        "partnership_id": stable_id("partnership", champion), "period_start": f"{today.year}-01-01",
        "period_end": f"{today.year}-12-31"}))
    return network["id"]


def _cooperate(client: httpx.Client, registry: str, headers: dict[str, str], request: tuple,
               experts: list[demo_people.Expert], resource_ids: dict[str, str], today: date) -> None:
    requesting, requested, wanted, outcome = request
    if wanted in resource_ids:
        offer = {"resource_id": resource_ids[wanted]}
    else:
        offer = {"expert_id": next(e.id for e in experts if wanted in e.organisations)}
    asked = created(client.post(f"{registry}/cooperation-requests", headers=headers, json={
        "requesting_partnership_id": stable_id("partnership", requesting),
        "requested_partnership_id": stable_id("partnership", requested), **offer, "purpose": "project",
        "starts_on": (today + timedelta(days=40)).isoformat(), "ends_on": (today + timedelta(days=130)).isoformat(),
        "message": "Would you join our joint project this term?"}))
    if outcome != "pending":
        created(client.post(f"{registry}/cooperation-requests/{asked['id']}/answer", headers=headers,
                            json={"outcome": outcome}))
