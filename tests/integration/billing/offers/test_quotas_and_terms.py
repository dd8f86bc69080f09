"""Shared quotas, hidden ticket types, the organisers' hold length, and rescheduled dates."""

import asyncio
from datetime import datetime, timedelta
from uuid import uuid4

import httpx
import pytest

from shared.contracts.events import EventRescheduled, TicketQuota
from shared.db import connect
from tests.integration.billing.helpers import (
    left, offer, order_body, place, placed, publish, published, put_on_sale, until_consumed,
)
from tests.integration.billing.partners import partnership

pytestmark = pytest.mark.integration


def sharing(capacity: int, *sizes: int):
    """Ticket types of `sizes` seats each, all drawing on one quota of `capacity`."""
    types = [offer(f"Type {i}", capacity=size, max_per_order=10, quota="floor") for i, size in enumerate(sizes)]
    return types, published(*types, quotas=(TicketQuota(name="floor", capacity=capacity),))


async def test_types_sharing_a_quota_never_sell_more_than_it_together(infra, billing):
    (early, late), event = sharing(5, 4, 4)
    await put_on_sale(infra, billing, event)
    await placed(billing, event, (early, 3))
    refused = await place(billing, order_body(event, (late, 3)))
    assert refused.status_code == 409 and refused.json()["detail"].startswith("sold out")
    availability = (await billing.client.get(f"/events/{event.aggregate_id}/availability")).json()
    # Early: 1 of its own 4; late: 2, what the quota of 5 has left once early holds 3.
    assert (left(availability, early)["left"], left(availability, late)["left"]) == (1, 2)
    assert left(availability, late)["quota"] == "floor"
    await placed(billing, event, (late, 2))
    availability = (await billing.client.get(f"/events/{event.aggregate_id}/availability")).json()
    assert (left(availability, early)["left"], left(availability, late)["left"]) == (0, 0)


async def test_racing_buyers_of_two_types_fill_their_quota_exactly(infra, billing):
    (first, second), event = sharing(10, 10, 10)
    await put_on_sale(infra, billing, event)
    async with httpx.AsyncClient(base_url=billing.base_url, timeout=60) as client:
        responses = await asyncio.gather(*(
            client.post("/orders", json=order_body(event, ((first, second)[i % 2], 1), email=f"b{i}@example.org"),
                        headers={"Idempotency-Key": str(uuid4())})
            for i in range(30)
        ))
    assert sorted(r.status_code for r in responses) == [201] * 10 + [409] * 20
    availability = (await billing.client.get(f"/events/{event.aggregate_id}/availability")).json()
    assert left(availability, first)["held"] + left(availability, second)["held"] == 10
    assert {left(availability, t)["left"] for t in (first, second)} == {0}


async def test_one_order_over_its_quota_across_lines_is_refused_whole(infra, billing):
    (one, other), event = sharing(4, 3, 3)
    await put_on_sale(infra, billing, event)
    refused = await place(billing, order_body(event, (one, 3), (other, 2)))
    assert refused.status_code == 409
    availability = (await billing.client.get(f"/events/{event.aggregate_id}/availability")).json()
    assert (left(availability, one)["held"], left(availability, other)["held"]) == (0, 0)


async def test_hidden_types_are_sold_by_id_but_not_listed(infra, billing):
    public, partners = offer("General"), offer("Partners", visibility="hidden")
    event = published(public, partners)
    await put_on_sale(infra, billing, event)
    listed = (await billing.client.get(f"/events/{event.aggregate_id}/availability")).json()
    assert [t["name"] for t in listed["ticket_types"]] == ["General"]
    asked = (await billing.client.get(f"/events/{event.aggregate_id}/availability",
                                      params={"ticket_type_id": str(partners.ticket_type_id)})).json()
    assert left(asked, partners)["visibility"] == "hidden"
    await placed(billing, event, (partners, 2))


async def test_organisers_set_how_long_their_orders_hold_seats(infra, billing, tokens):
    ours = await partnership(infra, billing)
    event = published(offer(), organisers=(ours.organiser(),))
    await put_on_sale(infra, billing, event)
    path = f"/events/{event.aggregate_id}/hold"
    assert (await billing.client.put(path, json={"hold_minutes": 30})).status_code == 401
    stranger = tokens.headers(admin_of=[uuid4()])
    assert (await billing.client.put(path, json={"hold_minutes": 30}, headers=stranger)).status_code == 403
    admin = tokens.headers(admin_of=[ours.organisation_id])
    too_long = await billing.client.put(path, json={"hold_minutes": 5000}, headers=admin)
    assert too_long.status_code == 422 and "hold_minutes" in too_long.text

    assert (await billing.client.put(path, json={"hold_minutes": 30}, headers=admin)).status_code == 200
    order = await placed(billing, event)
    held_for = datetime.fromisoformat(order["expires_at"]) - datetime.fromisoformat(order["created_at"])
    assert held_for == timedelta(minutes=30)
    await billing.client.put(path, json={"hold_minutes": None}, headers=admin)
    default = await placed(billing, event)
    held_for = datetime.fromisoformat(default["expires_at"]) - datetime.fromisoformat(default["created_at"])
    assert held_for == timedelta(minutes=15)


async def test_a_rescheduling_moves_the_dates_once_and_in_order(infra, billing):
    event = published(offer())
    await put_on_sale(infra, billing, event)
    later = event.starts_at + timedelta(days=7)
    moved = EventRescheduled(aggregate_id=event.aggregate_id, title=event.title, previous_starts_at=event.starts_at,
                             starts_at=later, ends_at=later + timedelta(hours=8), timezone="Europe/Kyiv")
    stale = moved.model_copy(update={"message_id": uuid4(), "starts_at": later - timedelta(days=1),
                                     "occurred_at": moved.occurred_at - timedelta(hours=1)})
    *_, last = await publish(infra, moved, moved, stale)
    await until_consumed(infra, billing, last)
    settings = billing.runtime.settings
    conn = await connect(settings.database_url, settings.db_schema)
    try:
        starts_at = await conn.fetchval("SELECT starts_at FROM events WHERE id = $1", event.aggregate_id)
    finally:
        await conn.close()
    assert starts_at == later
