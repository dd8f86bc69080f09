"""The revenue split as organisers see it: a balanced ledger, statements per co-organiser, CSV."""

import csv
import io

import asyncpg
import pytest

from shared.contracts.events import EventCancelled
from shared.db import connect
from tests.integration.billing.helpers import complete, offer, placed, publish, published, put_on_sale, read_order
from tests.integration.billing.partners import make_known, partnership
from harness.auth import TokenFactory
from harness.services import eventually

pytestmark = pytest.mark.integration


@pytest.fixture
async def sold(infra, billing):
    """Shares 50/30/20 (the first leads), a 5 % fee; orders of 3000, 1500 and 4500 paid, 1000 of the last refunded."""
    tokens = TokenFactory()
    await make_known(infra, billing, tokens)
    a, b, c = [await partnership(infra, billing) for _ in range(3)]
    event = published(offer(amount=1500, capacity=50, max_per_order=5),
                      organisers=(a.organiser(share=5000), b.organiser(lead=False, share=3000),
                                  c.organiser(lead=False, share=2000)))
    await put_on_sale(infra, billing, event)
    orders = [await placed(billing, event, (event.ticket_types[0], n)) for n in (2, 1, 3)]
    for order in orders:
        await complete(billing, order)
    await placed(billing, event, (event.ticket_types[0], 1))  # held, never paid: not in the books
    organiser = tokens.headers(admin_of=[c.organisation_id])
    refund = await billing.client.post(f"/orders/{orders[2]['id']}/refunds", json={"amount": 1000}, headers=organiser)
    assert refund.status_code == 201
    return event, (a, b, c), orders, organiser, tokens


def figures(statement) -> list[tuple]:
    return [(line["partnership_id"], line["lead"], line["gross"], line["fees"], line["refunds"], line["net"])
            for line in statement["organisers"]]


async def unbalanced_transactions(billing) -> list:
    settings = billing.runtime.settings
    conn = await connect(settings.database_url, settings.db_schema)
    try:
        return await conn.fetch("SELECT transaction_id FROM ledger_entries GROUP BY transaction_id"
                                " HAVING sum(amount) <> 0")
    finally:
        await conn.close()


async def test_the_statement_splits_gross_fees_and_refunds(billing, sold):
    event, (a, b, c), _, organiser, _ = sold
    response = await billing.client.get(f"/events/{event.aggregate_id}/statement", headers=organiser)
    assert response.status_code == 200, response.text
    statement = response.json()
    assert statement["platform_fee_bps"] == 500
    # Worked by hand: fees 150 + 75 + 225, split 50/30/20 with the lead taking rounding remainders;
    # the 1000 refunded out of 4500 reverses 2/9 of that order's lines.
    assert figures(statement) == [
        (str(a.id), True, 4500, 200, 500, 3800),
        (str(b.id), False, 2700, 120, 300, 2280),
        (str(c.id), False, 1800, 80, 200, 1520),
    ]
    assert {line["currency"] for line in statement["organisers"]} == {"EUR"}
    assert await unbalanced_transactions(billing) == []


async def test_the_statement_as_csv(billing, sold):
    event, _, _, organiser, _ = sold
    as_json = (await billing.client.get(f"/events/{event.aggregate_id}/statement", headers=organiser)).json()
    response = await billing.client.get(f"/events/{event.aggregate_id}/statement.csv", headers=organiser)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == ["partnership_id", "lead", "revenue_share_bps", "currency",
                             "gross", "fees", "refunds", "net", "organisation_id"]
    assert [(r["partnership_id"], r["revenue_share_bps"], int(r["net"])) for r in rows] == [
        (line["partnership_id"], str(line["revenue_share_bps"]), line["net"]) for line in as_json["organisers"]]


async def test_statements_are_for_the_events_organisers(infra, billing, sold):
    event, _, _, _, tokens = sold
    stranger = await partnership(infra, billing)
    for path in ("statement", "statement.csv"):
        response = await billing.client.get(f"/events/{event.aggregate_id}/{path}",
                                            headers=tokens.headers(admin_of=[stranger.organisation_id]))
        assert response.status_code == 403


async def test_a_cancelled_event_leaves_every_organiser_at_zero(infra, billing, sold):
    event, _, orders, organiser, _ = sold
    await publish(infra, EventCancelled(aggregate_id=event.aggregate_id, title=event.title, reason="storm"))

    async def all_refunded():
        return all([(await read_order(billing, o))["status"] == "refunded" for o in orders])

    await eventually(all_refunded)
    statement = (await billing.client.get(f"/events/{event.aggregate_id}/statement", headers=organiser)).json()
    assert [(line["fees"], line["net"]) for line in statement["organisers"]] == [(0, 0)] * 3
    assert [line["gross"] - line["refunds"] for line in statement["organisers"]] == [0, 0, 0]
    assert await unbalanced_transactions(billing) == []


async def test_the_database_refuses_an_unbalanced_transaction(billing, sold):
    settings = billing.runtime.settings
    conn = await connect(settings.database_url, settings.db_schema)
    try:
        with pytest.raises(asyncpg.RaiseError, match="does not sum to zero"):
            async with conn.transaction():
                transaction = await conn.fetchval("SELECT id FROM ledger_transactions LIMIT 1")
                await conn.execute("INSERT INTO ledger_entries VALUES ($1, 'platform', 'tampered', 1)", transaction)
    finally:
        await conn.close()
