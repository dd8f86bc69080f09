"""Roles do not outlive a membership: an admin removed in the registry (or a disabled user) loses their
rights in events, billing and notifications within seconds, with a login token and with an API token alike."""

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.e2e.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
from harness.services import eventually

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


async def ok(response: httpx.Response) -> dict:
    assert response.status_code in (200, 201), f"{response.request.url}: {response.status_code} {response.text}"
    return response.json()


async def bearer_of_login(http, registry: str, email: str, password: str) -> dict:
    login = await ok(await http.post(f"{registry}/auth/login", json={"email": email, "password": password}))
    return {"Authorization": f"Bearer {login['access_token']}"}


def organised_event(organisation_id: str) -> dict:
    starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=20)
    return {
        "title": "Open studio", "kind": "workshop",
        "organisers": [{"organisation_id": organisation_id, "lead": True, "revenue_share_bps": 10_000}],
        "starts_at": starts.isoformat(), "ends_at": (starts + timedelta(hours=2)).isoformat(),
        "timezone": "Europe/Kyiv", "venue": {"address": "1 Rynok Sq", "city": "Lviv", "country": "UA"},
        "ticket_types": [{"name": "Standard", "price": {"amount": 1000, "currency": "UAH"}, "capacity": 10}],
    }


@dataclass
class OrganisingAdmin:
    """An admin of an organisation organising a published event, with both kinds of token, and the calls
    only an admin of that organisation may make (by name)."""

    user: dict
    organisation: dict
    operator: dict
    tokens: dict[str, dict]
    calls: dict

    async def statuses(self) -> dict[str, int]:
        return {f"{call} ({kind})": (await send(headers)).status_code
                for call, send in self.calls.items() for kind, headers in self.tokens.items()}

    async def all_answer_within(self, seconds: float, status: int) -> dict[str, int]:
        deadline = asyncio.get_running_loop().time() + seconds
        answered = await self.statuses()
        while set(answered.values()) != {status} and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.1)
            answered = await self.statuses()
        return answered


@pytest.fixture
async def http():
    async with httpx.AsyncClient(timeout=30) as client:
        yield client


@pytest.fixture
async def admin(platform, webhooks, http) -> OrganisingAdmin:
    registry, events = platform["registry"].url, platform["events"].url
    billing, notifications = platform["billing"].url, platform["notifications"].url
    operator = await bearer_of_login(http, registry, OPERATOR_EMAIL, OPERATOR_PASSWORD)
    email, password = f"admin-{uuid.uuid4().hex[:8]}@example.org", "a long enough password"
    user = await ok(await http.post(f"{registry}/users", json={"email": email, "password": password},
                                    headers=operator))  # made by the operator: its address counts as confirmed
    login = await bearer_of_login(http, registry, email, password)
    organisation = await ok(await http.post(f"{registry}/organisations", headers=login, json={
        "name": f"Studio {uuid.uuid4().hex[:6]}", "kind": "business", "country": "UA", "city": "Lviv"}))
    login = await bearer_of_login(http, registry, email, password)  # signed in as the organisation's admin
    api_token = await ok(await http.post(f"{registry}/auth/api-tokens", headers=login,
                                         json={"name": "ci", "days": 365}))
    last: list[httpx.Response] = []

    async def drafted():  # once events has learned the key and the organisation over Kafka
        last[:] = [await http.post(f"{events}/events", json=organised_event(organisation["id"]), headers=login)]
        return last[0].json() if last[0].status_code == 201 else None

    try:
        event = await eventually(drafted, timeout=30, interval=0.3)
    except AssertionError:
        raise AssertionError(f"never drafted: {last[0].status_code} {last[0].text}") from None
    await ok(await http.post(f"{events}/events/{event['id']}/publish", headers=login))
    await ok(await http.post(f"{notifications}/subscriptions", headers=login, json={
        "channel": "webhook", "url": webhooks.url(f"org/{uuid.uuid4().hex}"),
        "organisation_id": organisation["id"], "event_types": ["EventPublished"]}))
    calls = {
        "PATCH /events/{id}": lambda h: http.patch(f"{events}/events/{event['id']}", headers=h,
                                                  json={"title": {"uk": "Відкрита студія"}}),
        "GET /events/{id}/orders": lambda h: http.get(f"{billing}/events/{event['id']}/orders", headers=h),
        "GET /events/{id}/statement": lambda h: http.get(f"{billing}/events/{event['id']}/statement", headers=h),
        "GET /subscriptions": lambda h: http.get(f"{notifications}/subscriptions", headers=h,
                                                 params={"organisation_id": organisation["id"]}),
    }
    admin = OrganisingAdmin(user, organisation, operator,
                            {"login": login, "api": {"Authorization": f"Bearer {api_token['token']}"}}, calls)
    answered = await admin.all_answer_within(30, 200)  # billing learns the event over Kafka
    assert answered == {call: 200 for call in answered}
    return admin


async def test_a_removed_admin_is_refused_everywhere_within_two_seconds(platform, http, admin):
    organisation_id, user_id = admin.organisation["id"], admin.user["id"]
    removed = await http.delete(f"{platform['registry'].url}/organisations/{organisation_id}/members/{user_id}",
                                headers=admin.operator)
    assert removed.status_code == 204, removed.text

    answered = await admin.all_answer_within(2, 403)
    assert answered == {call: 403 for call in answered}


async def test_a_disabled_user_is_refused_everywhere_within_two_seconds(platform, http, admin):
    registry = platform["registry"].url
    disabled = await ok(await http.post(f"{registry}/users/{admin.user['id']}/disable", headers=admin.operator))
    assert disabled["disabled_at"] is not None

    answered = await admin.all_answer_within(2, 401)
    assert answered == {call: 401 for call in answered}
    refused = await http.get(f"{registry}/auth/me", headers=admin.tokens["api"])
    assert refused.status_code == 401 and "disabled" in refused.json()["detail"]
