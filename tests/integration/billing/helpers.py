"""Driving billing as its neighbours do: events published on Kafka, buyers over HTTP."""

import json
import time
from datetime import timedelta
from uuid import UUID, uuid4

from shared.contracts.events import EventKind, EventPublished, Organiser, TicketTypeOffer
from shared.db import connect
from shared.envelope import utc_now
from shared.money import Money
from services.billing.payments import signatures
from services.billing.payments.sandbox.provider import SIGNATURE_HEADER
from tests.integration.billing.conftest import WEBHOOK_SECRET
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import RecordMetadata, TopicPartition

from shared.envelope import Envelope
from shared.topics import topic_of
from harness.services import eventually


def offer(name="General", *, amount=1500, capacity=10, max_per_order=4, **extra) -> TicketTypeOffer:
    return TicketTypeOffer(ticket_type_id=uuid4(), name=name, price=Money(amount=amount, currency="EUR"),
                           capacity=capacity, max_per_order=max_per_order, **extra)


def published(*offers: TicketTypeOffer, event_id: UUID | None = None, title="Kharkiv Data Festival",
              organisers=None, **extra) -> EventPublished:
    starts_at = utc_now() + timedelta(days=30)
    return EventPublished(
        aggregate_id=event_id or uuid4(), title=title, kind=EventKind.FESTIVAL, starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=8), timezone="Europe/Kyiv", city="Kharkiv", country="UA",
        venue="Freedom Square", online_url=None,
        organisers=organisers or (Organiser(partnership_id=uuid4(), lead=True, revenue_share_bps=10_000),),
        ticket_types=offers or (offer(),), **extra,
    )


async def publish(infra, *events: Envelope) -> list[RecordMetadata]:
    """Publish as the events service's outbox relay would: JSON, keyed by aggregate id."""
    producer = AIOKafkaProducer(bootstrap_servers=infra.bootstrap_servers, acks="all")
    await producer.start()
    try:
        return [await producer.send_and_wait(
            topic_of(event).name, event.model_dump_json().encode(), key=str(event.aggregate_id).encode(),
            headers=[("event-type", event.type.encode()), ("content-type", b"application/json")],
        ) for event in events]
    finally:
        await producer.stop()


async def until_consumed(infra, service, sent: RecordMetadata) -> None:
    """Wait until billing's consumer group committed past `sent`: it has been handled."""
    partition = TopicPartition(sent.topic, sent.partition)
    admin = AIOKafkaAdminClient(bootstrap_servers=infra.bootstrap_servers)
    await admin.start()
    try:
        async def committed_past() -> bool:
            offsets = await admin.list_consumer_group_offsets(service.runtime.settings.group_id, partitions=[partition])
            return partition in offsets and offsets[partition].offset > sent.offset

        await eventually(committed_past, interval=0.2)
    finally:
        await admin.close()


async def put_on_sale(infra, service, event: EventPublished) -> dict:
    """Publish, and wait until billing sells it."""
    await publish(infra, event)

    async def on_sale():
        response = await service.client.get(f"/events/{event.aggregate_id}/availability")
        return response.json() if response.status_code == 200 else None

    return await eventually(on_sale)


def order_body(event: EventPublished, *lines: tuple[TicketTypeOffer, int], email="ada@example.org") -> dict:
    lines = lines or ((event.ticket_types[0], 1),)
    return {
        "event_id": str(event.aggregate_id),
        "buyer": {"email": email, "name": "Ada Lovelace", "language": "uk"},
        "lines": [{"ticket_type_id": str(o.ticket_type_id), "quantity": q} for o, q in lines],
    }


async def place(service, body: dict, key: str | None = None):
    return await service.client.post("/orders", json=body, headers={"Idempotency-Key": key or str(uuid4())})


async def placed(service, event: EventPublished, *lines) -> dict:
    response = await place(service, order_body(event, *lines))
    assert response.status_code == 201, response.text
    return response.json()


async def read_order(service, order: dict) -> dict:
    response = await service.client.get(f"/orders/{order['id']}", headers={"Order-Secret": order["secret"]})
    assert response.status_code == 200, response.text
    return response.json()


async def complete(service, order: dict, outcome: str = "succeeded") -> dict:
    payment_id = order["payment"]["provider_payment_id"]
    response = await service.client.post(f"/sandbox/payments/{payment_id}/complete", json={"outcome": outcome})
    assert response.status_code == 200, response.text
    return response.json()


def signed_webhook(order: dict, *, webhook_id: str | None = None, kind="payment.succeeded",
                   secret=WEBHOOK_SECRET, timestamp: int | None = None) -> tuple[bytes, dict]:
    """A webhook as the sandbox would send it for `order`'s payment."""
    body = json.dumps({
        "id": webhook_id or f"evt_{uuid4().hex}", "type": kind, "created": int(time.time()),
        "data": {"payment_id": order["payment"]["provider_payment_id"], "reference": order["payment"]["id"],
                 "amount": order["total"]["amount"], "currency": order["total"]["currency"]},
    }).encode()
    header = signatures.sign(secret, body, timestamp=timestamp or int(time.time()))
    return body, {SIGNATURE_HEADER: header, "content-type": "application/json"}


async def counts(service) -> dict[str, int]:
    """Rows in billing's own tables, to show that a refused request wrote nothing."""
    settings = service.runtime.settings
    conn = await connect(settings.database_url, settings.db_schema)
    try:
        return {table: await conn.fetchval(f"SELECT count(*) FROM {table}")
                for table in ("orders", "order_lines", "payments", "idempotency_keys", "tickets")}
    finally:
        await conn.close()


def left(availability: dict, ticket_type: TicketTypeOffer) -> dict:
    [row] = [t for t in availability["ticket_types"] if t["ticket_type_id"] == str(ticket_type.ticket_type_id)]
    return row
