"""One ticket sold end to end: four processes over real Kafka, PostgreSQL, HTTP and SMTP."""

import asyncio
import json
import re
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import icalendar
import pytest
from standardwebhooks.webhooks import Webhook

from tests.e2e.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD, WEB_URL
from harness.kafka import TopicReader
from harness.services import eventually

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


def event_body(partnership_id: str, title: str, *, capacity: int, price: int = 2500) -> dict:
    starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=20)
    return {
        "title": title, "kind": "workshop",
        "organisers": [{"partnership_id": partnership_id, "lead": True, "revenue_share_bps": 10_000}],
        "starts_at": starts.isoformat(), "ends_at": (starts + timedelta(hours=2)).isoformat(),
        "timezone": "Europe/Kyiv", "venue": {"address": "1 Rynok Sq", "city": "Lviv", "country": "UA"},
        "ticket_types": [{"name": "Standard", "price": {"amount": price, "currency": "UAH"}, "capacity": capacity}],
    }


async def created(response: httpx.Response) -> dict:
    assert response.status_code in (200, 201), f"{response.request.url}: {response.status_code} {response.text}"
    return response.json()


@pytest.fixture(scope="module")
async def http():
    async with httpx.AsyncClient(timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
async def operator(platform, http) -> dict:
    """The bootstrap operator's token from the registry's login: the registry and events want one."""
    login = await created(await http.post(f"{platform['registry'].url}/auth/login",
                                          json={"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD}))
    return {"Authorization": f"Bearer {login['access_token']}"}


@pytest.fixture(scope="module")
async def partnership(platform, http, operator) -> dict:
    registry = platform["registry"].url
    lead = await created(await http.post(f"{registry}/organisations", headers=operator, json={
        "name": "Ukrainian Catholic University", "kind": "university", "country": "UA", "city": "Lviv"}))
    partner = await created(await http.post(f"{registry}/organisations", headers=operator, json={
        "name": "SoftServe Academy", "kind": "business", "country": "UA", "city": "Lviv"}))
    return await created(await http.post(f"{registry}/partnerships", headers=operator, json={
        "name": "Lviv Creative Partnership", "programme": "Creative Spark",
        "members": [{"organisation_id": lead["id"], "role": "lead"},
                    {"organisation_id": partner["id"], "role": "partner"}]}))


async def publish_event(platform, http, partnership: dict, title: str, capacity: int, *, operator: dict) -> dict:
    """Draft (once events has heard of the partnership over Kafka), publish, wait for billing."""
    events, billing = platform["events"].url, platform["billing"].url

    async def drafted():
        response = await http.post(f"{events}/events", json=event_body(partnership["id"], title, capacity=capacity),
                                   headers=operator)
        return response.json() if response.status_code == 201 else None

    event = await eventually(drafted, timeout=30, interval=0.3)
    await created(await http.post(f"{events}/events/{event['id']}/publish", headers=operator))

    async def on_sale():
        return (await http.get(f"{billing}/events/{event['id']}/availability")).status_code == 200

    await eventually(on_sale, timeout=30)
    return event


async def reserve(http, billing: str, event: dict, quantity: int = 1, key: str | None = None) -> httpx.Response:
    return await http.post(f"{billing}/orders", headers={"Idempotency-Key": key or str(uuid.uuid4())}, json={
        "event_id": event["id"],
        "buyer": {"email": "olena@example.org", "name": "Olena Petrenko", "language": "uk"},
        "lines": [{"ticket_type_id": event["ticket_types"][0]["id"], "quantity": quantity}],
    })


async def test_an_unknown_organiser_is_refused_precisely(platform, http, operator):
    stranger = str(uuid.uuid4())

    async def answered():  # once events has learned the registry's signing key over Kafka
        response = await http.post(f"{platform['events'].url}/events", json=event_body(stranger, "Ghost", capacity=5),
                                   headers=operator)
        return response if response.status_code != 401 else None

    response = await eventually(answered, timeout=30, interval=0.3)
    assert response.status_code == 422
    assert f"partnership {stranger} is not known to the registry" in response.json()["detail"]


async def test_a_ticket_sold_through_all_four_services(platform, http, partnership, operator, infra, mail, webhooks):
    subscription = await created(await http.post(f"{platform['notifications'].url}/subscriptions", json={
        "channel": "webhook", "url": webhooks.url(), "event_types": ["EventPublished"]}))

    event = await publish_event(platform, http, partnership, "Service Design Sprint", capacity=20, operator=operator)

    # A partner's webhook receives EventPublished, signed per Standard Webhooks.
    await eventually(lambda: any(b["aggregate_id"] == event["id"] for b in webhooks.bodies()), timeout=30)
    published = next(r for r in webhooks.at() if r.json()["aggregate_id"] == event["id"])
    Webhook(subscription["secret"]).verify(published.body, published.headers)
    assert published.json()["title"] == "Service Design Sprint"

    billing = platform["billing"]
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as orders:
        response = await reserve(http, billing.url, event, quantity=2)
        order = await created(response)
        assert order["status"] == "reserved"
        assert order["total"] == {"amount": 5000, "currency": "UAH"}

        billing.kill()  # between reserve and pay: the outbox row survives the crash
        await asyncio.to_thread(billing.start().wait_healthy)  # keep the event loop (and Kafka) going
        reserved = await orders.wait_for(lambda v: v["type"] == "OrderReserved" and v["aggregate_id"] == order["id"])
        assert reserved.key == order["id"].encode()

        provider_payment = order["payment"]["provider_payment_id"]
        await created(await http.post(f"{billing.url}/sandbox/payments/{provider_payment}/complete",
                                      json={"outcome": "succeeded"}))
        await orders.wait_for(lambda v: v["type"] == "OrderPaid" and v["aggregate_id"] == order["id"])
        issued = await orders.wait_for(lambda v: v["type"] == "TicketsIssued" and v["aggregate_id"] == order["id"])

    secret = {"Order-Secret": order["secret"]}
    assert (await http.get(f"{billing.url}/orders/{order['id']}", headers=secret)).json()["status"] == "paid"
    tickets = (await http.get(f"{billing.url}/orders/{order['id']}/tickets", headers=secret)).json()["items"]
    codes = {t["code"] for t in tickets}
    assert len(codes) == 2
    assert codes == {t["code"] for t in json.loads(issued.value)["tickets"]}

    # The buyer's confirmation email arrives over SMTP with both codes.
    def confirmation():
        return next((m for m in mail.messages if m["to"] == "Olena Petrenko <olena@example.org>"
                     and all(c in m.get_body(("plain",)).get_content() for c in codes)), None)

    message = await eventually(confirmation, timeout=30)
    assert "Service Design Sprint" in message.get_body(("plain",)).get_content()
    await the_confirmation_opens_the_order(http, billing.url, message, order, event, tickets)

    # Each delivery is recorded with its status: the subscriber sees theirs, an operator everyone's.
    notifications = platform["notifications"].url
    own = {"Subscription-Secret": subscription["secret"]}  # an anonymous endpoint's own key to its deliveries

    async def delivered(headers, **filters):
        response = await http.get(f"{notifications}/deliveries", params={**filters, "status": "delivered"},
                                  headers=headers)
        return response.json()["items"] if response.status_code == 200 else None

    assert await eventually(lambda: delivered(own, subscription_id=subscription["id"]))
    assert await eventually(lambda: delivered(operator, recipient="olena@example.org"))


async def the_confirmation_opens_the_order(http, billing: str, message, order: dict, event: dict, tickets: list):
    """Its link to the order's web page carries a key that opens the order at billing; its HTML shows each
    ticket's QR code from inline images; the event is attached as an .ics in the event's own zone."""
    text, html = message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()
    [key] = re.findall(rf"{re.escape(WEB_URL)}/orders/{order['id']}\?key=([\w-]+)", text)
    assert f'href="{WEB_URL}/orders/{order["id"]}?key={key}"' in html
    opened = await http.get(f"{billing}/orders/{order['id']}", headers={"Order-Secret": key})
    assert opened.status_code == 200 and opened.json()["status"] == "paid"
    assert (await http.get(f"{billing}/orders/{order['id']}", headers={"Order-Secret": key[::-1]})).status_code == 404

    images = [p for p in message.get_body(("related",)).iter_parts() if p.get_content_type() == "image/png"]
    assert len(images) == len(tickets) == 2
    assert sorted(re.findall(r'src="cid:([^"]+)"', html)) == sorted(p["Content-ID"].strip("<>") for p in images)
    assert all(p.get_content().startswith(b"\x89PNG") for p in images)

    [ics] = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert ics.get_param("method") == "PUBLISH"
    [vevent] = icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")
    kyiv = ZoneInfo("Europe/Kyiv")
    assert vevent.decoded("DTSTART") == datetime.fromisoformat(event["starts_at"]).astimezone(kyiv)
    assert vevent.decoded("DTEND") == datetime.fromisoformat(event["ends_at"]).astimezone(kyiv)
    assert "TZID=Europe/Kyiv" in ics.get_content()
    assert str(vevent["SUMMARY"]) == "Service Design Sprint"
    assert str(vevent["LOCATION"]) == "1 Rynok Sq, Lviv, UA"
    assert str(vevent["URL"]) == f"{WEB_URL}/orders/{order['id']}?key={key}"


async def test_the_purchase_trace_crosses_the_outbox_and_kafka(platform, http, partnership, operator, infra):
    event = await publish_event(platform, http, partnership, "Trace Lab", capacity=5, operator=operator)
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as orders:
        response = await reserve(http, platform["billing"].url, event)
        order = await created(response)
        trace_id = response.headers["trace-id"]
        record = await orders.wait_for(lambda v: v["type"] == "OrderReserved" and v["aggregate_id"] == order["id"])
    assert trace_id in dict(record.headers)["traceparent"].decode()

    def consumer_logged_it():
        lines = [json.loads(line) for line in platform["notifications"].log_lines() if line.startswith("{")]
        return any(line.get("trace_id") == trace_id and line.get("event_type") == "OrderReserved" for line in lines)

    await eventually(consumer_logged_it, timeout=30)


async def test_fifty_buyers_racing_for_ten_seats_end_with_exactly_ten_sold(platform, http, partnership, operator):
    event = await publish_event(platform, http, partnership, "Hot Ticket Jam", capacity=10, operator=operator)
    billing = platform["billing"].url
    responses = await asyncio.gather(*(reserve(http, billing, event) for _ in range(50)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses.count(201) == 10
    assert statuses.count(409) == 40
    assert all("sold out" in r.json()["detail"] for r in responses if r.status_code == 409)
    [seats] = (await http.get(f"{billing}/events/{event['id']}/availability")).json()["ticket_types"]
    assert (seats["held"] + seats["sold"], seats["left"]) == (10, 0)


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        (lambda body, headers: headers.pop("Idempotency-Key"), 400, "Idempotency-Key header is required"),
        (lambda body, headers: body["lines"][0].update(quantity=0), 422, "lines[0].quantity"),
        (lambda body, headers: body["lines"][0].update(ticket_type_id=str(uuid.uuid4())), 422, "unknown ticket type"),
    ],
)
async def test_bad_orders_are_refused_and_nothing_is_written(
    platform, http, partnership, operator, change, status, message,
):
    title = f"Refusals {uuid.uuid4().hex[:4]}"
    event = await publish_event(platform, http, partnership, title, capacity=3, operator=operator)
    billing = platform["billing"].url
    body = {"event_id": event["id"], "buyer": {"email": "a@example.org", "name": "A"},
            "lines": [{"ticket_type_id": event["ticket_types"][0]["id"], "quantity": 1}]}
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    change(body, headers)
    response = await http.post(f"{billing}/orders", json=body, headers=headers)
    assert response.status_code == status
    assert message in response.json()["detail"]
    [seats] = (await http.get(f"{billing}/events/{event['id']}/availability")).json()["ticket_types"]
    assert seats["left"] == 3


async def test_malformed_json_and_a_negative_price_are_refused(platform, http, partnership, operator):
    response = await http.post(f"{platform['billing'].url}/orders", content=b"{",
                               headers={"Idempotency-Key": "k", "content-type": "application/json"})
    assert response.status_code == 400
    body = event_body(partnership["id"], "Negative", capacity=3, price=-100)
    response = await http.post(f"{platform['events'].url}/events", json=body, headers=operator)
    assert response.status_code == 422
    assert "ticket_types[0].price.amount" in response.json()["detail"]
