"""The HTTP API: precise refusals, the subscription lifecycle, browsing deliveries."""

import uuid

import pytest

from services.notifications.fanout import service as fanout
from shared.contracts.events import EventDrafted
from tests.integration.notifications.helpers import deliveries_of, subscribe, unique_city
from harness.services import eventually
from tests.unit.notifications.factories import event_published

pytestmark = pytest.mark.integration


async def subscription_count(service) -> int:
    async with service.runtime.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM subscriptions")


@pytest.mark.parametrize(("body", "detail"), [
    ({"url": "not a url"}, "url: Input should be a valid URL"),
    ({"url": "ftp://hooks.example.org/x"}, "url: URL scheme should be 'http' or 'https'"),
    ({"event_types": ["EventPublishd"]}, "event_types: unknown event type(s) 'EventPublishd'"),
    ({"event_types": ["TicketsIssued"]}, "event_types: 'TicketsIssued' not offered to webhooks"),
    ({"event_types": []}, "event_types: List should have at least 1 item"),
    ({"channel": "sms"}, "channel: Input should be 'webhook', 'email' or 'in_app'"),
    ({"filters": {"town": "Lviv"}}, "filters.town: Extra inputs are not permitted"),
    ({"filters": {"kind": "party"}}, "filters.kind: Input should be"),
    ({"url": "http://user:pw@hooks.example.org/x"}, "url: must not carry credentials"),
    ({"url": None}, "url: a webhook subscription needs a url"),
    ({"filters": {"tags": []}}, "filters.tags: List should have at least 1 item"),
    ({"filters": {"organiser": "acme"}}, "filters.organiser: Input should be a valid UUID"),
    ({"digest": {"frequency": "daily", "at": "24:00"}}, "digest.at: '24:00' is out of range; use 00:00 to 23:59"),
    ({"digest": {"frequency": "daily", "at": "07:60"}}, "digest.at: '07:60' is out of range"),
    ({"digest": {"frequency": "daily", "at": "seven"}}, "digest.at: 'seven' is not a time of day"),
    ({"digest": {"frequency": "daily"}}, "digest.at: a daily digest needs a local time"),
    ({"digest": {"frequency": "weekly", "at": "09:00"}}, "digest.weekday: a weekly digest needs a day"),
    ({"digest": {"frequency": "hourly"}}, "digest.frequency: Input should be 'immediate', 'daily' or 'weekly'"),
    ({"digest": {"timezone": "Europe/Kiev2"}}, "digest.timezone: unknown time zone 'Europe/Kiev2'"),
    ({"digest": {"timezone": "../../etc/passwd"}}, "digest.timezone: unknown time zone"),
    ({"digest": {"timezone": "localtime"}}, "digest.timezone: unknown time zone 'localtime'"),  # the server's own
    ({"digest": {"frequency": "daily", "at": "٠٨:٣٠"}}, "digest.at: '٠٨:٣٠' is not a time of day"),
    ({"filters": {"country": "XX"}}, "filters.country: unknown country 'XX'"),
    ({"filters": {"language": "xx"}}, "filters.language: unknown language 'xx'"),
    ({"channel": "email"}, "url: only webhook subscriptions have a url, not email"),
    ({"channel": "email", "url": None}, "email: an email subscription needs an address"),
    ({"channel": "email", "url": None, "email": "not-an-address"}, "email: value is not a valid email address"),
])
async def test_an_invalid_subscription_is_refused_precisely_and_nothing_is_written(notifications, body, detail):
    before = await subscription_count(notifications)
    request = {"channel": "webhook", "url": "https://hooks.example.org/x", "event_types": ["EventPublished"], **body}

    response = await notifications.client.post("/subscriptions", json=request)

    assert response.status_code == 422, response.text
    assert response.json()["detail"].startswith(detail)
    assert await subscription_count(notifications) == before


async def test_a_subscription_is_created_read_and_deleted(notifications, receiver):
    response = await notifications.client.post("/subscriptions", json={
        "channel": "webhook", "url": receiver.url("lifecycle"), "event_types": ["EventPublished"],
        "filters": {"city": "Lviv", "country": "UA", "kind": "seminar"},
    })
    assert response.status_code == 201
    created = response.json()
    assert created["secret"].startswith("whsec_") and created["status"] == "active"
    assert response.headers["location"].endswith(f"/subscriptions/{created['id']}")

    own = {"Subscription-Secret": created["secret"]}  # an anonymous endpoint manages it with its secret
    read = (await notifications.client.get(f"/subscriptions/{created['id']}", headers=own)).json()
    assert "secret" not in read
    assert read["filters"] == {"city": "Lviv", "country": "UA", "kind": "seminar"}

    assert (await notifications.client.delete(f"/subscriptions/{created['id']}", headers=own)).status_code == 204
    assert (await notifications.client.get(f"/subscriptions/{created['id']}", headers=own)).status_code == 404
    assert (await notifications.client.delete(f"/subscriptions/{created['id']}", headers=own)).status_code == 404


async def test_only_a_webhook_has_a_secret_to_rotate(notifications):
    created = await notifications.client.post("/subscriptions", headers=notifications.operator, json={
        "channel": "in_app", "event_types": ["NetworkAnnouncement"]})
    assert created.status_code == 201, created.text

    response = await notifications.client.post(f"/subscriptions/{created.json()['id']}/secret",
                                               headers=notifications.operator)

    assert response.status_code == 409, response.text
    assert response.json()["detail"] == "only webhook subscriptions have a secret; this one is in_app"


async def test_unknown_ids_are_404(notifications):
    operator = notifications.operator
    assert (await notifications.client.get(f"/subscriptions/{uuid.uuid4()}", headers=operator)).status_code == 404
    assert (await notifications.client.get(f"/deliveries/{uuid.uuid4()}", headers=operator)
            ).json()["detail"].startswith("delivery")


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/subscriptions/{id}"), ("DELETE", "/subscriptions/{id}"), ("POST", "/subscriptions/{id}/enable"),
    ("GET", "/deliveries/{id}"), ("POST", "/dead-letters/{id}/replay"), ("GET", "/deliveries?subscription_id={id}"),
    ("GET", "/dead-letters?subscription_id={id}"),
])
async def test_without_a_token_or_secret_nothing_is_looked_up(notifications, method, path):
    response = await notifications.client.request(method, path.format(id=uuid.uuid4()))

    assert response.status_code == 401, response.text
    assert response.json()["detail"].startswith("authentication required")


async def test_deliveries_are_paged_newest_first_and_filtered(notifications, receiver):
    city = unique_city()
    subscription = await subscribe(notifications, receiver.url(f"hooks/{uuid.uuid4().hex}"), city=city)
    events = [event_published(city=city) for _ in range(5)]
    async with notifications.runtime.pool.acquire() as conn:
        for event in events:
            await fanout.notify_subscribers(conn, event)
            await fanout.notify_subscribers(conn, event)  # the unique key keeps one

    pages, cursor = [], None
    while True:
        params = {"subscription_id": subscription["id"], "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await notifications.client.get("/deliveries", params=params, headers=notifications.operator)).json()
        pages.append([d["message_id"] for d in page["items"]])
        if (cursor := page["next_cursor"]) is None:
            break
    listed = [m for page in pages for m in page]
    assert listed == [str(e.message_id) for e in reversed(events)]
    assert [len(p) for p in pages] == [2, 2, 1]

    await eventually(lambda: _all_delivered(notifications, subscription["id"]))
    assert await deliveries_of(notifications, subscription_id=subscription["id"], status="pending") == []
    assert await deliveries_of(notifications, recipient=subscription["url"], status="delivered")


async def _all_delivered(service, subscription_id) -> bool:
    found = await deliveries_of(service, subscription_id=subscription_id, status="delivered")
    return len(found) == 5


async def test_a_bad_status_filter_is_refused(notifications):
    response = await notifications.client.get("/deliveries", params={"status": "lost"}, headers=notifications.operator)
    assert response.status_code == 422 and response.json()["detail"].startswith("query.status: Input should be")


async def test_other_event_types_are_ignored_but_remembered(notifications, publish):
    drafted = EventDrafted(aggregate_id=uuid.uuid4(), title="Draft", organisers=())
    await publish(drafted)

    async def remembered():
        async with notifications.runtime.pool.acquire() as conn:
            return await conn.fetchval("SELECT event_type FROM inbox WHERE message_id = $1", drafted.message_id)

    assert await eventually(remembered) == "EventDrafted"
    async with notifications.runtime.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM deliveries WHERE message_id = $1", drafted.message_id) == 0
