"""An organisation organising on its own, beside a partnership: its admins see the orders and the
statement, refund, and its share is credited to its own ledger account."""

import csv
import io
from uuid import uuid4

import pytest

from shared.contracts.events import Organiser
from tests.integration.billing.helpers import complete, offer, placed, published, put_on_sale
from tests.integration.billing.partners import partnership
from tests.integration.billing.ledger.test_statement import unbalanced_transactions

pytestmark = pytest.mark.integration


@pytest.fixture
async def joint(infra, billing, tokens):
    """A partnership leads (60 %), an organisation co-organises (40 %); orders of 3000 and 1500 paid."""
    lead, organisation_id = await partnership(infra, billing), uuid4()
    event = published(offer(amount=1500, capacity=20), organisers=(
        lead.organiser(share=6000), Organiser(organisation_id=organisation_id, lead=False, revenue_share_bps=4000)))
    await put_on_sale(infra, billing, event)
    orders = [await placed(billing, event, (event.ticket_types[0], n)) for n in (2, 1)]
    for order in orders:
        await complete(billing, order)
    return event, lead, organisation_id, orders


async def test_the_organisations_admins_see_the_events_orders_and_strangers_do_not(billing, tokens, joint):
    event, lead, organisation_id, orders = joint
    path = f"/events/{event.aggregate_id}/orders"

    as_admin = await billing.client.get(path, headers=tokens.headers(admin_of=[organisation_id]))
    as_lead = await billing.client.get(path, headers=tokens.headers(admin_of=[lead.organisation_id]))
    as_member = await billing.client.get(path, headers=tokens.headers(member_of=[organisation_id]))
    as_stranger = await billing.client.get(path, headers=tokens.headers(admin_of=[uuid4()]))

    assert as_admin.status_code == 200, as_admin.text
    assert {o["id"] for o in as_admin.json()["items"]} == {o["id"] for o in orders}
    assert as_lead.status_code == 200
    assert (as_member.status_code, as_stranger.status_code) == (403, 403)
    assert as_stranger.json()["detail"] == (
        f"this needs an admin of an organisation co-organising event {event.aggregate_id}")


async def test_the_organisation_refunds_and_reads_its_share_in_the_statement(billing, tokens, joint):
    event, lead, organisation_id, orders = joint
    admin = tokens.headers(admin_of=[organisation_id])

    refund = await billing.client.post(f"/orders/{orders[0]['id']}/refunds", json={"amount": 300}, headers=admin)
    response = await billing.client.get(f"/events/{event.aggregate_id}/statement", headers=admin)

    assert refund.status_code == 201, refund.text
    assert response.status_code == 200, response.text
    lines = [(line["partnership_id"], line["organisation_id"], line["lead"], line["revenue_share_bps"],
              line["gross"], line["fees"], line["refunds"], line["net"]) for line in response.json()["organisers"]]
    # By hand: gross 4500 split 60/40; fees 5 % (150 + 75) split alike; the 300 refunded is a tenth
    # of the first order, so a tenth of its lines (1800/90 and 1200/60) is reversed.
    assert lines == [
        (str(lead.id), None, True, 6000, 2700, 135 - 9, 180, 2700 - 126 - 180),
        (None, str(organisation_id), False, 4000, 1800, 90 - 6, 120, 1800 - 84 - 120),
    ]
    assert await unbalanced_transactions(billing) == []


async def test_the_csv_statement_names_the_organisation(billing, tokens, joint):
    event, _, organisation_id, _ = joint

    response = await billing.client.get(f"/events/{event.aggregate_id}/statement.csv",
                                        headers=tokens.headers(admin_of=[organisation_id]))

    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["partnership_id"], r["organisation_id"], r["net"]) for r in rows][1] == (
        "", str(organisation_id), str(1800 - 90))
