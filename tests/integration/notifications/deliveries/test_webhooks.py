"""EventPublished on Kafka becomes one signed webhook per matching subscription."""

import uuid
from datetime import datetime

import pytest
from standardwebhooks import Webhook

from tests.integration.notifications.helpers import deliveries_of, settled_delivery, subscribe, unique_city
from harness.services import eventually
from tests.unit.notifications.factories import event_published

pytestmark = pytest.mark.integration


async def test_a_published_event_reaches_a_subscriber_once_with_a_valid_signature(notifications, receiver, publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    other = await subscribe(notifications, receiver.url(path + "-elsewhere"), city=unique_city())
    event = event_published(city=city)

    await publish(event)

    (received,) = await eventually(lambda: receiver.at(path))
    assert received.headers["webhook-id"] == str(event.message_id)
    payload = Webhook(subscription["secret"]).verify(received.body, received.headers)
    assert payload["message_id"] == str(event.message_id) and payload["city"] == city
    delivery = await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])
    assert delivery["status"] == "delivered" and delivery["channel"] == "webhook"
    assert [(a["number"], a["outcome"], a["status_code"]) for a in delivery["attempts"]] == [(1, "delivered", 204)]
    assert await deliveries_of(notifications, subscription_id=other["id"]) == []


async def test_the_same_event_published_twice_is_delivered_once(notifications, receiver, publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    event = event_published(city=city)
    marker = event_published(city=city, aggregate_id=event.aggregate_id)  # same key: same partition, after it

    await publish(event)
    await publish(event)
    await publish(marker)

    await settled_delivery(notifications, marker.message_id, subscription_id=subscription["id"])
    await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])
    ids = [r.headers["webhook-id"] for r in receiver.at(path)]
    assert sorted(ids) == sorted([str(event.message_id), str(marker.message_id)])


async def test_a_receiver_failing_then_succeeding_gets_the_event_on_retry(notifications, receiver, publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    receiver.answer(path, 500, 200)
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    event = event_published(city=city)

    await publish(event)

    delivery = await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])
    assert delivery["status"] == "delivered" and delivery["attempt_count"] == 2
    assert [(a["outcome"], a["status_code"]) for a in delivery["attempts"]] == [("failed", 500), ("delivered", 200)]
    assert delivery["attempts"][0]["error"] == "HTTP 500 Internal Server Error"
    for request in receiver.at(path):  # each attempt signed afresh, the same event each time
        verified = Webhook(subscription["secret"]).verify(request.body, request.headers)
        assert verified["message_id"] == str(event.message_id)


async def test_a_retry_after_answer_is_honoured(notifications, receiver, publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    receiver.answer(path, (503, {"retry-after": "1"}))
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    event = event_published(city=city)

    await publish(event)

    delivery = await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])
    first, second = delivery["attempts"]
    assert (first["status_code"], second["status_code"]) == (503, 204)
    gap = datetime.fromisoformat(second["started_at"]) - datetime.fromisoformat(first["started_at"])
    assert gap.total_seconds() >= 1


async def test_a_receiver_that_always_fails_ends_dead_after_the_last_attempt(notifications, receiver, publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    receiver.answer(path, *[500] * 10)
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    event = event_published(city=city)

    await publish(event)

    delivery = await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])
    assert delivery["status"] == "dead" and delivery["attempt_count"] == 5
    assert [a["number"] for a in delivery["attempts"]] == [1, 2, 3, 4, 5]
    assert delivery["last_error"] == "HTTP 500 Internal Server Error"
    assert len(receiver.at(path)) == 5


async def test_410_gone_disables_the_subscription(notifications, receiver, publish):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    receiver.answer(path, 410)
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    event = event_published(city=city)

    await publish(event)

    delivery = await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])
    assert delivery["status"] == "dead" and delivery["attempt_count"] == 1
    current = (await notifications.client.get(f"/subscriptions/{subscription['id']}",
                                               headers={"Subscription-Secret": subscription["secret"]})).json()
    assert current["status"] == "disabled" and current["status_reason"] == "receiver answered 410 Gone"

    later = event_published(city=city)
    await publish(later)
    marker_city = unique_city()
    marker_sub = await subscribe(notifications, receiver.url(path + "-marker"), city=marker_city)
    marker = event_published(city=marker_city, aggregate_id=later.aggregate_id)
    await publish(marker)
    await settled_delivery(notifications, marker.message_id, subscription_id=marker_sub["id"])
    assert len(await deliveries_of(notifications, subscription_id=subscription["id"])) == 1
    assert len(receiver.at(path)) == 1
