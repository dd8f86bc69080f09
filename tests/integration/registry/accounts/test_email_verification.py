"""Confirming an address by its e-mailed link: good once, a new link ends the older ones, and asking again
answers the same for any address."""

import pytest

from tests.integration.registry.accounts.conftest import link_sent
from tests.integration.registry.helpers import new_user

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
