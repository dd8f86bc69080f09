"""Sign-in for browsers over real HTTP: the refresh token lives in an HttpOnly cookie scoped to the session
endpoints, is rotated at every use, and a reused one ends the session for the thief and the victim alike;
failed sign-ins are throttled per account and per address."""

import asyncio
import uuid

import pytest

from services.registry.sessions.domain import COOKIE
from tests.integration.registry.helpers import OPERATOR_EMAIL, PASSWORD, new_user

pytestmark = pytest.mark.integration


def refresh_cookie(response) -> str:
    header = response.headers["set-cookie"]
    assert header.startswith(f"{COOKIE}="), header
    return header.split(";", 1)[0].split("=", 1)[1]


async def signed_in(client, email: str, password: str = PASSWORD):
    response = await client.post("/auth/sessions", json={"email": email, "password": password})
    assert response.status_code == 201, response.text
    return response


async def refreshed(client, token: str):
    return await client.post("/auth/sessions/refresh", headers={"Cookie": f"{COOKIE}={token}"})


async def test_sign_in_answers_an_access_token_and_sets_an_http_only_strict_cookie_for_the_session_path(registry):
    user, _ = await new_user(registry.client, "browser")
    response = await signed_in(registry.client, user["email"])

    attributes = [part.strip().lower() for part in response.headers["set-cookie"].split(";")]
    assert "httponly" in attributes and "samesite=strict" in attributes and "path=/auth/sessions" in attributes
    assert "secure" in attributes, "outside development the cookie goes over HTTPS only"
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["user_id"] == user["id"] and body["token_type"] == "Bearer"
    me = await registry.client.get("/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200 and me.json()["email"] == user["email"]


async def test_each_refresh_spends_its_token_and_sets_the_next(registry):
    user, _ = await new_user(registry.client, "rotating")
    first = refresh_cookie(await signed_in(registry.client, user["email"]))

    answer = await refreshed(registry.client, first)
    assert answer.status_code == 200, answer.text
    second = refresh_cookie(answer)
    assert second != first
    me = await registry.client.get("/auth/me", headers={"Authorization": f"Bearer {answer.json()['access_token']}"})
    assert me.json()["id"] == user["id"]
    assert (await refreshed(registry.client, second)).status_code == 200


async def test_a_reused_refresh_token_ends_the_session_for_thief_and_victim(registry):
    user, _ = await new_user(registry.client, "victim")
    stolen = refresh_cookie(await signed_in(registry.client, user["email"]))
    victims_next = refresh_cookie(await refreshed(registry.client, stolen))  # the victim's browser refreshed

    thief = await refreshed(registry.client, stolen)
    assert thief.status_code == 401
    assert thief.headers["content-type"] == "application/problem+json"
    assert thief.json()["code"] == "refresh_token_reused"
    victim = await refreshed(registry.client, victims_next)
    assert victim.status_code == 401 and "ended" in victim.json()["detail"]


async def test_two_refreshes_racing_with_one_token_never_both_succeed(registry):
    user, _ = await new_user(registry.client, "racing")
    token = refresh_cookie(await signed_in(registry.client, user["email"]))
    answers = await asyncio.gather(*(refreshed(registry.client, token) for _ in range(2)))
    assert sorted(a.status_code for a in answers) == [200, 401]


async def test_sign_out_ends_the_session_and_clears_the_cookie(registry):
    user, _ = await new_user(registry.client, "leaving")
    token = refresh_cookie(await signed_in(registry.client, user["email"]))

    out = await registry.client.delete("/auth/sessions/current", headers={"Cookie": f"{COOKIE}={token}"})
    assert out.status_code == 204
    assert out.headers["set-cookie"].startswith(f'{COOKIE}=""') and "max-age=0" in out.headers["set-cookie"].lower()
    assert (await refreshed(registry.client, token)).status_code == 401


async def test_no_cookie_or_an_unknown_one_is_a_401_problem(registry):
    missing = await registry.client.post("/auth/sessions/refresh")
    assert missing.status_code == 401 and missing.json()["code"] == "no_session"
    unknown = await refreshed(registry.client, "not-a-token")
    assert unknown.status_code == 401 and "sign in again" in unknown.json()["detail"]


async def test_a_disabled_user_cannot_refresh(registry, operator):
    user, _ = await new_user(registry.client, "disabled")
    token = refresh_cookie(await signed_in(registry.client, user["email"]))
    assert (await registry.client.post(f"/users/{user['id']}/disable", headers=operator)).status_code == 200

    refused = await refreshed(registry.client, token)
    assert refused.status_code == 401 and "disabled" in refused.json()["detail"]


async def test_failed_sign_ins_are_throttled_per_account_whatever_the_password(registry):
    user, _ = await new_user(registry.client, "guessed")
    for _ in range(5):
        wrong = await registry.client.post("/auth/sessions", json={"email": user["email"], "password": "guess"})
        assert wrong.status_code == 401
    throttled = await registry.client.post("/auth/sessions", json={"email": user["email"], "password": PASSWORD})
    assert throttled.status_code == 429
    assert throttled.json()["code"] == "sign_in_throttled"
    assert 800 <= int(throttled.headers["retry-after"]) <= 900  # the oldest failure leaves the 15-minute window


async def test_failed_sign_ins_are_throttled_per_address_across_accounts(registry):
    emails = [f"nobody-{uuid.uuid4().hex[:8]}@example.org" for _ in range(20)]
    address = {"X-Forwarded-For": "203.0.113.7"}  # the proxy's word for the client (uvicorn trusts 127.0.0.1)
    for email in emails:
        wrong = await registry.client.post("/auth/sessions", json={"email": email, "password": "guess"}, headers=address)
        assert wrong.status_code == 401
    throttled = await registry.client.post("/auth/sessions", json={"email": OPERATOR_EMAIL, "password": "x"},
                                           headers=address)
    assert throttled.status_code == 429 and "this address" in throttled.json()["detail"]
