"""Digests collect what matched and go out at the subscriber's local time, one per period."""

import json
import uuid
from datetime import timedelta

import pytest
from standardwebhooks import Webhook

from services.notifications.digests import service as digests
from services.notifications.subscriptions import repository as stored
from tests.integration.notifications.helpers import consumed, unique_city
from tests.integration.notifications.subscriptions.test_subscribers import address, confirmed_email_subscription
from harness.services import eventually
from tests.unit.notifications.factories import event_published

pytestmark = pytest.mark.integration


async def due_at(notifications, subscription_id: str):
    async with notifications.runtime.pool.acquire() as conn:
        return (await stored.get(conn, uuid.UUID(subscription_id)))["next_digest_at"]


async def test_digests_go_out_at_local_time_in_each_zone_with_everything_since_the_last(
        notifications, receiver, mail, tokens, publish):
    city, path, email = unique_city(), f"digest/{uuid.uuid4().hex}", address()
    hook = (await notifications.client.post("/subscriptions", headers=tokens.headers(), json={
        "channel": "webhook", "url": receiver.url(path), "event_types": ["EventPublished"], "filters": {"city": city},
        "digest": {"frequency": "daily", "at": "07:00", "timezone": "America/New_York"}})).json()
    letter = await confirmed_email_subscription(
        notifications, mail, email, event_types=["EventPublished"], filters={"city": city}, language="uk",
        digest={"frequency": "daily", "at": "08:00", "timezone": "Asia/Tokyo"})
    events = [event_published(city=city, title=f"Подія {n}") for n in (1, 2)]
    for event in events:
        await publish(event)
    await consumed(notifications, *events)
    assert receiver.at(path) == [] and len(mail.to(email)) == 1  # only the confirmation so far: nothing immediate

    hook_due, letter_due = await due_at(notifications, hook["id"]), await due_at(notifications, letter["id"])
    assert (hook_due.hour, hook_due.minute) in ((11, 0), (12, 0))  # 07:00 in New York: EDT or EST
    assert (letter_due.hour, letter_due.minute) == (23, 0)  # 08:00 in Tokyo

    await digests.send_due(notifications.runtime.pool, min(hook_due, letter_due) - timedelta(seconds=1))
    assert receiver.at(path) == []  # not yet
    await digests.send_due(notifications.runtime.pool, max(hook_due, letter_due))

    (request,) = await eventually(lambda: receiver.at(path))
    digest = Webhook(hook["secret"]).verify(request.body, request.headers)
    assert digest["type"] == "Digest" and [e["title"] for e in digest["events"]] == ["Подія 1", "Подія 2"]
    (message,) = await eventually(lambda: [m for m in mail.to(email) if "дайджест" in m["Subject"]])
    assert message["Subject"] == "Ваш щоденний дайджест sparknet: оновлень — 2"
    assert message["List-Unsubscribe"]
    assert await due_at(notifications, hook["id"]) == hook_due + timedelta(days=1)
    assert await due_at(notifications, letter["id"]) == letter_due + timedelta(days=1)

    # Composing the same period again sends nothing twice; an empty period sends nothing at all.
    await digests.send_due(notifications.runtime.pool, max(hook_due, letter_due))
    await digests.send_due(notifications.runtime.pool, hook_due + timedelta(days=1))
    async with notifications.runtime.pool.acquire() as conn:
        sent = await conn.fetchval("SELECT count(*) FROM deliveries WHERE subscription_id = ANY($1::uuid[])",
                                   [uuid.UUID(hook["id"]), uuid.UUID(letter["id"])])
    assert sent == 2
    assert json.loads(request.body)["frequency"] == "daily"
