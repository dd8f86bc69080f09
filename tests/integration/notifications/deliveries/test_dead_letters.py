"""Dead letters are listed and replayed; secrets rotate with both signing for a while."""

import uuid

import pytest
from standardwebhooks import Webhook

from tests.integration.notifications.helpers import settled_delivery, subscribe, unique_city
from harness.services import eventually
from tests.unit.notifications.factories import event_published

pytestmark = pytest.mark.integration


async def test_a_dead_letter_is_listed_and_replayed_until_delivered(notifications, receiver, publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    receiver.answer(path, *[500] * 5)  # the whole first round fails; the replay finds it healthy
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    own = {"Subscription-Secret": subscription["secret"]}
    event = event_published(city=city)
    await publish(event)
    dead = await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])
    assert dead["status"] == "dead"

    listed = await notifications.client.get("/dead-letters", params={"subscription_id": subscription["id"]}, headers=own)
    assert [d["id"] for d in listed.json()["items"]] == [dead["id"]]
    replayed = await notifications.client.post(f"/dead-letters/{dead['id']}/replay", headers=own)
    assert replayed.status_code == 200 and replayed.json()["status"] == "pending"

    async def delivered():
        response = await notifications.client.get(f"/deliveries/{dead['id']}", headers=own)
        return response.json() if response.json()["status"] == "delivered" else None

    after = await eventually(delivered)
    assert [(a["number"], a["status_code"]) for a in after["attempts"]] == [(n, 500) for n in range(1, 6)] + [(6, 204)]
    ids = [r.headers["webhook-id"] for r in receiver.at(path)]
    assert ids == [str(event.message_id)] * 6  # the same webhook-id: receivers can tell it is the same event
    listed = await notifications.client.get("/dead-letters", params={"subscription_id": subscription["id"]}, headers=own)
    assert listed.json()["items"] == []
    again = await notifications.client.post(f"/dead-letters/{dead['id']}/replay", headers=own)
    assert again.status_code == 409 and "only dead deliveries are replayed" in again.json()["detail"]


async def test_a_replay_of_a_disabled_subscription_is_refused_until_it_is_enabled(notifications, receiver, publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    receiver.answer(path, 410)
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    own = {"Subscription-Secret": subscription["secret"]}
    event = event_published(city=city)
    await publish(event)
    dead = await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])

    refused = await notifications.client.post(f"/dead-letters/{dead['id']}/replay", headers=own)
    assert refused.status_code == 409 and "is disabled" in refused.json()["detail"]
    assert (await notifications.client.post(f"/subscriptions/{subscription['id']}/enable", headers=own)).json()[
        "status"] == "active"
    assert (await notifications.client.post(f"/dead-letters/{dead['id']}/replay", headers=own)).status_code == 200
    await eventually(lambda: len(receiver.at(path)) == 2)


async def test_a_stranger_can_neither_see_nor_replay_dead_letters(notifications, receiver, tokens):
    subscription = await subscribe(notifications, receiver.url("stranger"), city=unique_city())
    response = await notifications.client.get("/dead-letters", params={"subscription_id": subscription["id"]},
                                              headers=tokens.headers())
    assert response.status_code == 403
    assert (await notifications.client.get("/dead-letters")).status_code == 401


async def test_during_a_secret_rotation_both_secrets_sign_and_afterwards_only_the_new_one(notifications, receiver,
                                                                                         publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    old = subscription["secret"]

    rotated = await notifications.client.post(f"/subscriptions/{subscription['id']}/secret",
                                              headers={"Subscription-Secret": old})
    assert rotated.status_code == 200, rotated.text
    new = rotated.json()["secret"]
    assert new.startswith("whsec_") and new != old
    await publish(event_published(city=city))

    (request,) = await eventually(lambda: receiver.at(path))
    assert len(request.headers["webhook-signature"].split(" ")) == 2
    Webhook(old).verify(request.body, request.headers)  # receivers still on the old secret keep working
    Webhook(new).verify(request.body, request.headers)

    async with notifications.runtime.pool.acquire() as conn:  # the overlap ends
        await conn.execute("UPDATE subscriptions SET previous_secret_expires_at = now() WHERE id = $1",
                           uuid.UUID(subscription["id"]))
    await publish(event_published(city=city))
    (_, later) = await eventually(lambda: receiver.at(path)[1:] and receiver.at(path))
    assert len(later.headers["webhook-signature"].split(" ")) == 1
    Webhook(new).verify(later.body, later.headers)
    with pytest.raises(Exception, match="No matching signature"):
        Webhook(old).verify(later.body, later.headers)
    assert (await notifications.client.get(f"/subscriptions/{subscription['id']}",
                                           headers={"Subscription-Secret": old})).status_code == 403
