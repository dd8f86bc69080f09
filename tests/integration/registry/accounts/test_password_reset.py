"""A forgotten password, reset by an e-mailed one-time link: the same answer whether the address has an account
or not, a link good once and for an hour, at most three an hour, and every session of the account ended."""

import pytest

from services.registry.sessions.domain import COOKIE
from tests.integration.registry.accounts.conftest import link_sent
from tests.integration.registry.helpers import PASSWORD, new_user

pytestmark = pytest.mark.integration
NEW_PASSWORD = "a brand new passphrase"


async def test_a_reset_link_sets_a_new_password_once_and_signs_every_session_out(registry, account_mail):
    user, _ = await new_user(registry.client, "forgetful")
    session = await registry.client.post("/auth/sessions", json={"email": user["email"], "password": PASSWORD})
    refresh_token = session.headers["set-cookie"].split(";")[0].split("=", 1)[1]

    asked = await registry.client.post("/auth/password-reset", json={"email": user["email"], "language": "uk"})
    assert asked.status_code == 202 and asked.json() == {"status": "accepted"}
    sent = await link_sent(account_mail, "PasswordResetRequested", user["email"])
    assert sent["language"] == "uk" and sent["user_id"] == user["id"] and sent["aggregate_id"] == user["id"]

    reset = await registry.client.post("/auth/password-reset/confirm",
                                       json={"token": sent["link_token"], "password": NEW_PASSWORD})
    assert reset.status_code == 200, reset.text
    old = await registry.client.post("/auth/login", json={"email": user["email"], "password": PASSWORD})
    new = await registry.client.post("/auth/login", json={"email": user["email"], "password": NEW_PASSWORD})
    assert (old.status_code, new.status_code) == (401, 200)
    refreshed = await registry.client.post("/auth/sessions/refresh", headers={"Cookie": f"{COOKIE}={refresh_token}"})
    assert refreshed.status_code == 401

    again = await registry.client.post("/auth/password-reset/confirm",
                                       json={"token": sent["link_token"], "password": "yet another passphrase"})
    assert again.status_code == 410 and again.json()["code"] == "link_used"


async def test_an_unknown_address_gets_the_same_answer_and_no_mail(registry, account_mail):
    user, _ = await new_user(registry.client, "known")
    unknown = await registry.client.post("/auth/password-reset", json={"email": "nobody-here@example.org"})
    known = await registry.client.post("/auth/password-reset", json={"email": user["email"]})
    assert (unknown.status_code, unknown.json()) == (known.status_code, known.json()) == (202, {"status": "accepted"})
    first = await account_mail.wait_for(lambda v: v["type"] == "PasswordResetRequested")
    assert user["email"].encode() in first.value  # the unknown address's request sent nothing before it


async def test_an_expired_or_unknown_link_is_refused_precisely(registry, account_mail):
    user, _ = await new_user(registry.client, "late")
    await registry.client.post("/auth/password-reset", json={"email": user["email"]})
    sent = await link_sent(account_mail, "PasswordResetRequested", user["email"])
    await registry.runtime.pool.execute("UPDATE account_links SET expires_at = now() - interval '1 second'"
                                        " WHERE user_id = $1", sent["user_id"])

    expired = await registry.client.post("/auth/password-reset/confirm",
                                         json={"token": sent["link_token"], "password": NEW_PASSWORD})
    assert expired.status_code == 410 and expired.json()["code"] == "link_expired"
    unknown = await registry.client.post("/auth/password-reset/confirm",
                                         json={"token": "made-up", "password": NEW_PASSWORD})
    assert unknown.status_code == 404 and unknown.json()["code"] == "link_unknown"


async def test_a_weak_new_password_is_refused_and_the_link_kept(registry, account_mail):
    user, _ = await new_user(registry.client, "weak")
    await registry.client.post("/auth/password-reset", json={"email": user["email"]})
    sent = await link_sent(account_mail, "PasswordResetRequested", user["email"])
    weak = await registry.client.post("/auth/password-reset/confirm", json={"token": sent["link_token"], "password": "short"})
    assert weak.status_code == 422 and "at least 10 characters" in weak.json()["detail"]
    good = await registry.client.post("/auth/password-reset/confirm",
                                      json={"token": sent["link_token"], "password": NEW_PASSWORD})
    assert good.status_code == 200


async def test_at_most_three_links_an_hour_reach_one_account(registry, account_mail):
    user, _ = await new_user(registry.client, "flooded")
    for _ in range(5):
        assert (await registry.client.post("/auth/password-reset", json={"email": user["email"]})).status_code == 202

    links = await registry.runtime.pool.fetchval("SELECT count(*) FROM account_links WHERE user_id = $1", user["id"])
    assert links == 3
    third = await account_mail.wait_for(  # one key, one partition: the three arrive in order
        lambda v: v["email"] == user["email"] and sum(user["email"].encode() in r.value for r in account_mail.records) >= 3)
    assert third is not None
