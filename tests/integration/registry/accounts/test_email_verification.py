"""Confirming an address by its e-mailed link: good once, a new link ends the older ones, and asking again
answers the same for any address."""

import uuid

import pytest

from tests.integration.registry.accounts.conftest import link_sent
from tests.integration.registry.helpers import PASSWORD, new_user

pytestmark = pytest.mark.integration


async def test_asking_again_sends_a_new_link_that_confirms_the_address_once(registry, account_mail):
    user, _ = await new_user(registry.client, "confirming")
    await registry.runtime.pool.execute("UPDATE users SET email_verified_at = NULL WHERE id = $1", user["id"])

    asked = await registry.client.post("/users/verification-email", json={"email": user["email"], "language": "de"})
    assert asked.status_code == 202
    sent = await link_sent(account_mail, "EmailVerificationRequested", user["email"])
    assert sent["language"] == "de"

    confirmed = await registry.client.post("/users/verify-email", json={"token": sent["link_token"]})
    assert confirmed.status_code == 200
    assert confirmed.json() == {"user_id": user["id"], "email": user["email"], "email_verified": True}
    again = await registry.client.post("/users/verify-email", json={"token": sent["link_token"]})
    assert again.status_code == 410 and again.json()["code"] == "link_used"


async def test_a_confirmed_address_is_sent_nothing_more(registry, account_mail):
    user, _ = await new_user(registry.client, "confirmed")
    other, _ = await new_user(registry.client, "unconfirmed")
    pool = registry.runtime.pool
    await pool.execute("UPDATE users SET email_verified_at = now() WHERE id = $1", user["id"])
    await pool.execute("UPDATE users SET email_verified_at = NULL WHERE id = $1", other["id"])

    for email in (user["email"], "nobody-at-all@example.org", other["email"]):
        answer = await registry.client.post("/users/verification-email", json={"email": email})
        assert (answer.status_code, answer.json()) == (202, {"status": "accepted"})
    await link_sent(account_mail, "EmailVerificationRequested", other["email"])
    assert await registry.runtime.pool.fetchval(
        "SELECT count(*) FROM account_links WHERE user_id = $1", user["id"]) == 0


async def test_a_person_signing_up_alone_signs_in_once_the_emailed_link_confirmed_the_address(registry, account_mail):
    email = f"alone-{uuid.uuid4().hex[:8]}@example.org"
    signed_up = await registry.client.post("/users", json={"email": email, "password": PASSWORD, "name": "Alone",
                                                           "language": "uk"})
    assert signed_up.status_code == 201, signed_up.text
    sent = await link_sent(account_mail, "EmailVerificationRequested", email)
    assert (sent["name"], sent["language"], sent["user_id"]) == ("Alone", "uk", signed_up.json()["id"])

    for path in ("/auth/login", "/auth/sessions"):
        refused = await registry.client.post(path, json={"email": email, "password": PASSWORD})
        assert refused.status_code == 403 and refused.json()["code"] == "email_unverified", path
    assert (await registry.client.post("/users/verify-email", json={"token": sent["link_token"]})).status_code == 200
    assert (await registry.client.post("/auth/login", json={"email": email, "password": PASSWORD})).status_code == 200


async def test_an_account_an_operator_creates_signs_in_at_once(registry, operator):
    email = f"vouched-{uuid.uuid4().hex[:8]}@example.org"
    created = await registry.client.post("/users", json={"email": email, "password": PASSWORD}, headers=operator)
    assert created.status_code == 201
    assert (await registry.client.post("/auth/login", json={"email": email, "password": PASSWORD})).status_code == 200
    assert await registry.runtime.pool.fetchval(
        "SELECT count(*) FROM account_links WHERE user_id = $1", uuid.UUID(created.json()["id"])) == 0
