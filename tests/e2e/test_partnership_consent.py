"""An organisation joins a partnership only when one of its own admins accepts, in every service."""

import uuid

import httpx
import pytest

from harness.services import eventually
from tests.e2e.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
from tests.e2e.test_ticket_sale import created, event_body

pytestmark = [pytest.mark.e2e, pytest.mark.integration]
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
async def http():
    async with httpx.AsyncClient(timeout=30) as client:
        yield client


async def admin_of_new_organisation(http, registry: str, name: str) -> tuple[dict, dict]:
    """A fresh user, their bearer headers, and the organisation they registered (so they administer it)."""
    email = f"{name.split()[0].lower()}-{uuid.uuid4().hex[:8]}@example.org"
    operator = await created(await http.post(f"{registry}/auth/login", json={
        "email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD}))
    await created(await http.post(f"{registry}/users", json={"email": email, "password": PASSWORD, "name": name},
                                  headers={"Authorization": f"Bearer {operator['access_token']}"}))  # confirmed
    login = await created(await http.post(f"{registry}/auth/login", json={"email": email, "password": PASSWORD}))
    headers = {"Authorization": f"Bearer {login['access_token']}"}
    organisation = await created(await http.post(f"{registry}/organisations", headers=headers, json={
        "name": f"{name} {uuid.uuid4().hex[:6]}", "kind": "university", "country": "UA", "city": "Kharkiv"}))
    return headers, organisation


async def test_a_partner_is_a_member_everywhere_only_after_its_admin_accepts(platform, http):
    registry, events, billing = platform["registry"].url, platform["events"].url, platform["billing"].url
    a_admin, a = await admin_of_new_organisation(http, registry, "Consent Lead University")
    b_admin, b = await admin_of_new_organisation(http, registry, "Consent Partner Academy")

    formed = await created(await http.post(f"{registry}/partnerships", headers=a_admin, json={
        "name": "Consent Partnership", "members": [{"organisation_id": a["id"], "role": "lead"},
                                                   {"organisation_id": b["id"], "role": "partner"}]}))
    assert [m["organisation_id"] for m in formed["members"]] == [a["id"]]
    assert formed["pending_members"] == [{"organisation_id": b["id"], "role": "partner", "status": "pending"}]
    public = (await http.get(f"{registry}/partnerships/{formed['id']}")).json()
    assert (public["members"], public["pending_members"]) == (formed["members"], [])  # pending is the admins' business

    async def drafted():
        response = await http.post(f"{events}/events", headers=a_admin,
                                   json=event_body(formed["id"], "Consent Jam", capacity=5))
        return response.json() if response.status_code == 201 else None

    event = await eventually(drafted, timeout=30, interval=0.3)
    await created(await http.post(f"{events}/events/{event['id']}/publish", headers=a_admin))

    async def co_organisers() -> list[str]:
        page = (await http.get(f"{events}/events/{event['id']}")).json()
        return page["co_organisers"][0]["organisations"]

    async def answers(method: str, url: str, **kwargs) -> int:
        return (await http.request(method, url, headers=b_admin, **kwargs)).status_code

    orders = f"{billing}/events/{event['id']}/orders"
    await eventually(lambda: _is(answers("GET", orders), 403), timeout=30)  # billing knows the event, not B
    assert await co_organisers() == [a["name"]]
    assert await answers("PATCH", f"{events}/events/{event['id']}", json={"kind": "seminar"}) == 403

    refused = await http.post(f"{registry}/partnerships/{formed['id']}/members/{b['id']}/accept", headers=a_admin)
    assert refused.status_code == 403 and "an admin of organisation" in refused.json()["detail"]
    accepted = await created(await http.post(f"{registry}/partnerships/{formed['id']}/members/{b['id']}/accept",
                                             headers=b_admin))
    assert sorted(m["organisation_id"] for m in accepted["members"]) == sorted([a["id"], b["id"]])
    assert accepted["pending_members"] == []

    await eventually(lambda: _is(co_organisers(), sorted([a["name"], b["name"]])), timeout=30)
    assert await answers("PATCH", f"{events}/events/{event['id']}", json={"kind": "seminar"}) == 200
    await eventually(lambda: _is(answers("GET", orders), 200), timeout=30)


async def _is(awaitable, expected) -> bool:
    return await awaitable == expected
