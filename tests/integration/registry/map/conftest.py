"""One small network for the map's tests: two partnerships in two countries, experts, a venue, cooperation."""

import uuid
from datetime import date, timedelta

import pytest

from tests.integration.registry.helpers import new_user, organisation


@pytest.fixture(scope="package")
async def world(registry, operator):
    """Network N: P1 (Kharkiv university + IT cluster) and P2 (Almaty college + business); experts, a venue."""
    _, admin = await new_user(registry.client, "map-admin")
    _, member = await new_user(registry.client, "map-member")
    await organisation(registry.client, member, "Member's org", city="Lviv")
    orgs = [await organisation(registry.client, admin, name, kind=kind, city=city, country=country)
            for name, kind, city, country in (
                ("KhNU", "university", "Kharkiv", "UA"), ("Kharkiv IT", "it_cluster", "Kharkiv", "UA"),
                ("Almaty College", "college", "Almaty", "KZ"), ("Almaty Studio", "business", "Алмати", "KZ"))]

    async def partnership(name, a, b):
        members = [{"organisation_id": a["id"], "role": "lead"}, {"organisation_id": b["id"], "role": "partner"}]
        response = await registry.client.post("/partnerships", headers=admin, json={"name": name, "members": members})
        return response.json()

    p1, p2 = await partnership("Map P1", orgs[0], orgs[1]), await partnership("Map P2", orgs[2], orgs[3])
    network = (await registry.client.post("/networks", headers=operator, json={
        "name": f"Map network {uuid.uuid4().hex[:6]}", "partnership_ids": [p1["id"], p2["id"]]})).json()
    experts = {}
    for name, org, skills, city, country, visibility, languages, roles in (
            ("Olha Designer", orgs[0], ["design-thinking"], "Kharkiv", "UA", {}, ["uk", "en"], ["coach"]),
            ("Askar Coder", orgs[2], ["software-engineering"], "Almaty", "KZ", {}, ["kk"], ["mentor"]),
            ("Hidden Place", orgs[3], ["game-design"], "Almaty", "KZ", {"location": "network"}, [], [])):
        experts[name] = (await registry.client.post("/experts", headers=admin, json={
            "name": name, "organisation_ids": [org["id"]], "skills": skills, "city": city, "country": country,
            "visibility": visibility, "languages": languages, "roles": roles})).json()
    venue = (await registry.client.post("/resources", headers=admin, json={
        "kind": "venue", "organisation_id": orgs[3]["id"], "title": "Studio hall", "city": "Almaty",
        "country": "KZ"})).json()
    starts = (date.today() + timedelta(days=5)).isoformat()
    request = (await registry.client.post("/cooperation-requests", headers=admin, json={
        "requesting_partnership_id": p1["id"], "requested_partnership_id": p2["id"], "resource_id": venue["id"],
        "purpose": "project", "starts_on": starts, "ends_on": starts})).json()
    await registry.client.post(f"/cooperation-requests/{request['id']}/answer", headers=admin,
                               json={"outcome": "accepted"})
    return {"network": network, "p1": p1, "p2": p2, "orgs": orgs, "experts": experts, "venue": venue,
            "member": member}
