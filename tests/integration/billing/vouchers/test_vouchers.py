"""Vouchers: money off as promised, refused precisely, and never used more often than allowed."""

import asyncio
from datetime import timedelta

import pytest

from shared.envelope import utc_now
from tests.integration.billing.helpers import (
    complete, counts, offer, order_body, place, published, put_on_sale, read_order,
)
from tests.integration.billing.partners import make_known, partnership
from harness.auth import TokenFactory
from harness.services import eventually

pytestmark = pytest.mark.integration


async def organised_event(infra, service, *offers):
    tokens = TokenFactory()
    await make_known(infra, service, tokens)
    ours = await partnership(infra, service)
    event = published(*offers, organisers=(ours.organiser(),))
    await put_on_sale(infra, service, event)
    return event, tokens.headers(admin_of=[ours.organisation_id])


@pytest.fixture
async def on_sale(infra, billing):
    general, student = offer("General", amount=1500, capacity=100), offer("Student", amount=500, capacity=100)
    event, organiser = await organised_event(infra, billing, general, student)
    return event, general, student, organiser


async def voucher(service, event, organiser, **body):
    response = await service.client.post(f"/events/{event.aggregate_id}/vouchers", json=body, headers=organiser)
    assert response.status_code == 201, response.text
    return response.json()


def with_code(event, code, *lines):
    return {**order_body(event, *lines), "voucher_code": code}


async def test_a_percentage_voucher_for_one_ticket_type(billing, on_sale):
    event, general, student, organiser = on_sale
    await voucher(billing, event, organiser, code="early-bird", kind="percentage", percent=20,
                  ticket_type_id=str(general.ticket_type_id), max_uses=10)
    response = await place(billing, with_code(event, " Early-Bird ", (general, 2), (student, 1)))
    assert response.status_code == 201, response.text
    order = response.json()
    assert (order["total"]["amount"], order["discount"]["amount"], order["voucher_code"]) == (2900, 600, "EARLY-BIRD")
    await complete(billing, order)  # the provider charges the discounted total
    assert (await read_order(billing, order))["status"] == "paid"


async def test_a_fixed_voucher_never_takes_more_than_the_lines_cost(billing, on_sale):
    event, general, student, organiser = on_sale
    await voucher(billing, event, organiser, code="SPEAKER", kind="fixed",
                  amount={"amount": 2000, "currency": "EUR"}, max_uses=3)
    order = (await place(billing, with_code(event, "speaker", (student, 1)))).json()
    assert (order["total"]["amount"], order["discount"]["amount"]) == (0, 500)
    order = (await place(billing, with_code(event, "speaker", (general, 2)))).json()
    assert (order["total"]["amount"], order["discount"]["amount"]) == (1000, 2000)


@pytest.mark.parametrize("body, detail", [
    ({"kind": "fixed", "amount": {"amount": 500, "currency": "USD"}}, "amount.currency: USD does not match"),
    ({"kind": "percentage"}, "percent: a percentage voucher needs percent"),
    ({"kind": "percentage", "percent": 101}, "percent:"),
    ({"kind": "percentage", "percent": 10, "valid_from": "2030-01-02T00:00:00Z",
      "valid_until": "2030-01-01T00:00:00Z"}, "valid_until: must be after valid_from"),
    # Both broke the table's bigint column (amount >= 1) with a 500 before the schema bounded them.
    ({"kind": "fixed", "amount": {"amount": 0, "currency": "EUR"}}, "amount.amount:"),
    ({"kind": "fixed", "amount": {"amount": 2**63, "currency": "EUR"}}, "amount.amount:"),
    # A moment past what PostgreSQL stores once in UTC broke the insert with a 500; a Unix time meant 1970.
    ({"kind": "percentage", "percent": 10, "valid_until": "9999-12-31T23:59:59-23:00"}, "valid_until:"),
    ({"kind": "percentage", "percent": 10, "valid_from": "1700000000"}, "valid_from:"),
])
async def test_a_voucher_that_makes_no_sense_is_refused(billing, on_sale, body, detail):
    event, _, _, organiser = on_sale
    response = await billing.client.post(f"/events/{event.aggregate_id}/vouchers",
                                         json={"code": "BAD1", "max_uses": 1, **body}, headers=organiser)
    assert response.status_code == 422 and detail in response.json()["detail"], response.text


async def test_only_organisers_create_vouchers(infra, billing, on_sale):
    event, *_ = on_sale
    stranger = TokenFactory()
    await make_known(infra, billing, stranger)
    other = await partnership(infra, billing)
    response = await billing.client.post(f"/events/{event.aggregate_id}/vouchers", headers=stranger.headers(
        admin_of=[other.organisation_id]), json={"code": "FREE", "kind": "percentage", "percent": 100, "max_uses": 9})
    assert response.status_code == 403


@pytest.mark.parametrize("code, voucher_body, status, detail", [
    ("NOPE", None, 422, "voucher_code: unknown voucher 'NOPE'"),
    ("LATE", {"valid_until": (utc_now() - timedelta(hours=1)).isoformat()}, 422,
     "voucher_code: voucher 'LATE' expired"),
    ("SOON", {"valid_from": (utc_now() + timedelta(hours=1)).isoformat()}, 422,
     "voucher_code: voucher 'SOON' is valid from"),
])
async def test_an_unusable_voucher_is_refused_and_nothing_written(billing, on_sale, code, voucher_body, status, detail):
    event, general, _, organiser = on_sale
    if voucher_body is not None:
        await voucher(billing, event, organiser, code=code, kind="percentage", percent=10, max_uses=5, **voucher_body)
    before = await counts(billing)
    response = await place(billing, with_code(event, code, (general, 1)))
    assert response.status_code == status and detail in response.json()["detail"], response.text
    assert await counts(billing) == before


async def test_uses_are_counted_exactly_under_concurrency(billing, on_sale):
    event, general, _, organiser = on_sale
    await voucher(billing, event, organiser, code="FIVE", kind="percentage", percent=50, max_uses=5)
    body = with_code(event, "FIVE", (general, 1))
    responses = await asyncio.gather(*(place(billing, body) for _ in range(40)))  # 40 buyers, one key each
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201] * 5 + [409] * 35
    assert all("has been used up (5 uses)" in r.json()["detail"] for r in responses if r.status_code == 409)
    listed = (await billing.client.get(f"/events/{event.aggregate_id}/vouchers", headers=organiser)).json()
    assert [(v["code"], v["uses"]) for v in listed] == [("FIVE", 5)]


async def test_an_expired_hold_gives_its_use_back(infra, short_holds):
    event, organiser = await organised_event(infra, short_holds, offer(capacity=10))
    await voucher(short_holds, event, organiser, code="ONCE", kind="percentage", percent=10, max_uses=1)
    first = await place(short_holds, with_code(event, "ONCE"))
    assert first.status_code == 201
    assert (await place(short_holds, with_code(event, "ONCE"))).status_code == 409

    async def reusable():
        return (await place(short_holds, with_code(event, "ONCE"))).status_code == 201

    await eventually(reusable, timeout=30, interval=0.5)
    assert (await read_order(short_holds, first.json()))["status"] == "expired"
