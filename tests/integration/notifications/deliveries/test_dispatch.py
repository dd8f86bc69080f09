"""The dispatcher: replicas share the work without sending twice; a crashed claim is retried."""

import asyncio
import uuid
from collections import Counter

import pytest

from services.notifications import app
from services.notifications.fanout import service as fanout
from services.notifications.deliveries import repository as deliveries
from tests.integration.notifications.helpers import deliveries_of, settled_delivery, subscribe, unique_city
from harness.services import eventually
from tests.unit.notifications.factories import event_published

pytestmark = pytest.mark.integration


async def test_two_dispatchers_deliver_each_webhook_exactly_once(notifications, receiver):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    replica = asyncio.create_task(app.dispatch(notifications.runtime))  # a second replica on the same tables
    events = [event_published(city=city) for _ in range(40)]
    try:
        async with notifications.runtime.pool.acquire() as conn, conn.transaction():
            for event in events:
                await fanout.notify_subscribers(conn, event)

        async def all_delivered():
            found = await deliveries_of(notifications, subscription_id=subscription["id"], status="delivered")
            return len(found) == len(events)

        await eventually(all_delivered)
    finally:
        replica.cancel()
        await asyncio.gather(replica, return_exceptions=True)
    received = Counter(r.headers["webhook-id"] for r in receiver.at(path))
    assert received == Counter({str(e.message_id): 1 for e in events})
    for delivery in await deliveries_of(notifications, subscription_id=subscription["id"]):
        assert delivery["attempt_count"] == 1


async def test_a_claim_whose_replica_died_is_sent_again_after_its_lease(notifications, receiver):
    city, path = unique_city(), f"hooks/{uuid.uuid4().hex}"
    subscription = await subscribe(notifications, receiver.url(path), city=city)
    event = event_published(city=city)
    async with notifications.runtime.pool.acquire() as conn, conn.transaction():
        await fanout.notify_subscribers(conn, event)
        # Ours first in line, whatever else other tests left pending.
        await conn.execute("UPDATE deliveries SET next_attempt_at = now() - interval '1 day' WHERE message_id = $1",
                           event.message_id)
        (claim,) = await deliveries.claim_due(conn, limit=1, lease_seconds=1)  # ...and then the replica dies

    delivery = await settled_delivery(notifications, event.message_id, subscription_id=subscription["id"])
    assert claim.attempt == 1
    assert delivery["status"] == "delivered" and delivery["attempt_count"] == 2
    assert [a["number"] for a in delivery["attempts"]] == [2]
    assert len(receiver.at(path)) == 1


async def test_subscribers_sharing_filters_and_those_with_their_own_each_get_what_matches(notifications, receiver):
    city = unique_city()
    shared = [await subscribe(notifications, receiver.url(f"shared/{n}"), city=city) for n in range(3)]
    jams = await subscribe(notifications, receiver.url("jams"), city=city, kind="creative_jam")
    festivals = await subscribe(notifications, receiver.url("festivals"), city=city, kind="festival")
    await subscribe(notifications, receiver.url("elsewhere"), city=unique_city())
    event = event_published(city=city)  # a creative jam
    async with notifications.runtime.pool.acquire() as conn, conn.transaction():
        await fanout.notify_subscribers(conn, event)
        planned = {r["subscription_id"] for r in await conn.fetch(
            "SELECT subscription_id FROM deliveries WHERE message_id = $1", event.message_id)}
    assert planned == {uuid.UUID(s["id"]) for s in [*shared, jams]}
    assert uuid.UUID(festivals["id"]) not in planned
