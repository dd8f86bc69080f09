"""Organisers act with registry tokens on their own events only; buyers keep their order secret."""

import asyncio
import io
import json

import pytest
import segno

from tests.integration.billing.helpers import complete, offer, placed, published, put_on_sale
from tests.integration.billing.partners import partnership
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture
async def two_events(infra, billing, tokens):
    """Event `ours` organised by our partnership, `theirs` by another; one paid order on each."""
    mine, other = await partnership(infra, billing), await partnership(infra, billing)
    ours = published(offer(capacity=20), organisers=(mine.organiser(),))
    theirs = published(offer(capacity=20), organisers=(other.organiser(),))
    for event in (ours, theirs):
        await put_on_sale(infra, billing, event)
    orders = {}
    for name, event in (("ours", ours), ("theirs", theirs)):
        orders[name] = await placed(billing, event, (event.ticket_types[0], 2))
        await complete(billing, orders[name])
    return mine, ours, theirs, orders


async def tickets_of(billing, order) -> list[dict]:
    response = await billing.client.get(f"/orders/{order['id']}/tickets", headers={"Order-Secret": order["secret"]})
    return response.json()["items"]


async def test_an_organiser_sees_only_their_events_orders(billing, tokens, two_events):
    mine, ours, theirs, orders = two_events
    admin = tokens.headers(admin_of=[mine.organisation_id])
    listed = await billing.client.get(f"/events/{ours.aggregate_id}/orders", headers=admin)
    assert listed.status_code == 200
    assert [o["id"] for o in listed.json()["items"]] == [orders["ours"]["id"]]
    assert listed.json()["items"][0]["status"] == "paid"
    refused = await billing.client.get(f"/events/{theirs.aggregate_id}/orders", headers=admin)
    assert refused.status_code == 403 and "co-organising" in refused.json()["detail"]
    member = tokens.headers(member_of=[mine.organisation_id])
    assert (await billing.client.get(f"/events/{ours.aggregate_id}/orders", headers=member)).status_code == 403
    assert (await billing.client.get(f"/events/{ours.aggregate_id}/orders")).status_code == 401
    operator = tokens.headers(operator=True)
    assert (await billing.client.get(f"/events/{theirs.aggregate_id}/orders", headers=operator)).status_code == 200


async def test_a_buyer_sees_only_their_own_order(billing, two_events):
    *_, orders = two_events
    mine, other = orders["ours"], orders["theirs"]
    wrong = await billing.client.get(f"/orders/{other['id']}", headers={"Order-Secret": mine["secret"]})
    assert wrong.status_code == 404
    wrong = await billing.client.get(f"/orders/{other['id']}/tickets", headers={"Order-Secret": mine["secret"]})
    assert wrong.status_code == 404
    own = await billing.client.get(f"/orders/{mine['id']}", headers={"Order-Secret": mine["secret"]})
    assert own.status_code == 200


async def test_check_in_admits_once_and_counts(infra, billing, tokens, two_events):
    mine, ours, theirs, orders = two_events
    admin = tokens.headers(admin_of=[mine.organisation_id])
    first, second = await tickets_of(billing, orders["ours"])
    [foreign, _] = await tickets_of(billing, orders["theirs"])
    url = f"/events/{ours.aggregate_id}/check-ins"
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as reader:
        admitted = (await billing.client.post(url, json={"code": first["code"]}, headers=admin)).json()
        checked = await reader.wait_for(lambda v: v.get("type") == "TicketCheckedIn" and v["ticket_id"] == first["id"])
    assert admitted["result"] == "admitted" and admitted["ticket_id"] == first["id"]
    again = (await billing.client.post(url, json={"code": first["code"]}, headers=admin)).json()
    assert again["result"] == "already_checked_in" and again["checked_in_at"] == admitted["checked_in_at"]
    assert (await billing.client.post(url, json={"code": "no-such-code"}, headers=admin)).json()["result"] == "invalid"
    other = (await billing.client.post(url, json={"code": foreign["code"]}, headers=admin)).json()
    assert other["result"] == "other_event" and other.get("ticket_id") is None
    counts = (await billing.client.get(url, headers=admin)).json()["ticket_types"]
    assert [(c["issued"], c["checked_in"]) for c in counts] == [(2, 1)]
    assert json.loads(checked.value)["aggregate_id"] == orders["ours"]["id"]
    assert (await tickets_of(billing, orders["ours"]))[0]["checked_in_at"] == admitted["checked_in_at"]
    # Two scanners at two doors read the second ticket at once: one admits it.
    scans = await asyncio.gather(*(billing.client.post(url, json={"code": second["code"]}, headers=admin)
                                   for _ in range(5)))
    assert sorted(s.json()["result"] for s in scans) == ["admitted"] + ["already_checked_in"] * 4


async def test_check_in_is_for_organisers(billing, tokens, two_events):
    mine, ours, theirs, orders = two_events
    [ticket, _] = await tickets_of(billing, orders["theirs"])
    url = f"/events/{theirs.aggregate_id}/check-ins"
    forbidden = await billing.client.post(url, json={"code": ticket["code"]},
                                          headers=tokens.headers(admin_of=[mine.organisation_id]))
    assert forbidden.status_code == 403
    assert (await billing.client.post(url, json={"code": ticket["code"]})).status_code == 401
    assert (await tickets_of(billing, orders["theirs"]))[0]["checked_in_at"] is None


async def test_each_ticket_has_a_qr_code_of_its_code(billing, two_events):
    *_, orders = two_events
    order = orders["ours"]
    [ticket, _] = await tickets_of(billing, order)
    url = f"/orders/{order['id']}/tickets/{ticket['id']}/qr"
    svg = await billing.client.get(url, headers={"Order-Secret": order["secret"]})
    assert svg.status_code == 200 and svg.headers["content-type"] == "image/svg+xml"
    expected = io.BytesIO()  # the symbol of exactly this ticket's code, which the door scanner sends back
    segno.make(ticket["code"], error="m").save(expected, kind="svg", scale=6, border=2)
    assert "<svg" in svg.text and svg.content == expected.getvalue()
    png = await billing.client.get(url, params={"format": "png", "secret": order["secret"]})
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    assert (await billing.client.get(url)).status_code == 404
    assert (await billing.client.get(url, params={"format": "gif", "secret": order["secret"]})).status_code == 422
