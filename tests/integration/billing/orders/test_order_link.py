"""The link in the confirmation e-mail: TicketsIssued carries the order's link key, which opens the order, its
tickets and their QR codes like the order's secret; a wrong key opens nothing."""

import base64
import hashlib
import hmac
import json
from uuid import uuid4

import pytest

from services.billing.orders import access
from tests.integration.billing.conftest import ORDER_LINK_SECRET
from tests.integration.billing.helpers import complete, placed, published, put_on_sale
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


def expected_key(order_id: str) -> str:
    mac = hmac.new(ORDER_LINK_SECRET.encode(), order_id.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


@pytest.fixture
async def paid(infra, billing):
    event = published()
    await put_on_sale(infra, billing, event)
    order = await placed(billing, event)
    async with TopicReader(infra.bootstrap_servers, "billing.order.v1") as reader:
        await complete(billing, order)
        issued = await reader.wait_for(lambda v: v.get("type") == "TicketsIssued" and v["aggregate_id"] == order["id"])
    return order, json.loads(issued.value)


async def test_tickets_issued_carries_the_order_link_key(paid):
    order, issued = paid
    assert issued["aggregate_id"] == order["id"]
    assert issued["order_link_key"] == expected_key(order["id"])
    assert issued["order_link_key"] != order["secret"]


async def test_the_link_key_opens_the_order_its_tickets_and_their_qr_codes(billing, paid):
    order, issued = paid
    key = {"Order-Secret": issued["order_link_key"]}
    by_header = await billing.client.get(f"/orders/{order['id']}", headers=key)
    assert by_header.status_code == 200 and by_header.json()["status"] == "paid"
    by_query = await billing.client.get(f"/orders/{order['id']}", params={"secret": issued["order_link_key"]})
    assert by_query.status_code == 200
    tickets = await billing.client.get(f"/orders/{order['id']}/tickets", headers=key)
    [ticket] = tickets.json()["items"]
    assert ticket["code"] == issued["tickets"][0]["code"]
    qr = await billing.client.get(f"/orders/{order['id']}/tickets/{ticket['id']}/qr", headers=key,
                                  params={"format": "png"})
    assert qr.status_code == 200 and qr.headers["content-type"] == "image/png"


async def test_a_wrong_link_key_opens_nothing(billing, paid):
    order, issued = paid
    key = issued["order_link_key"]
    wrong = [key[:-1], key[:-1] + ("A" if key[-1] != "A" else "B"), expected_key(str(uuid4())),
             access.secret_digest(order["secret"])]
    for guess in wrong:
        for path in (f"/orders/{order['id']}", f"/orders/{order['id']}/tickets"):
            response = await billing.client.get(path, headers={"Order-Secret": guess})
            assert response.status_code == 404 and response.json()["detail"] == f"order {order['id']} not found"


async def test_a_link_key_opens_only_its_own_order(infra, billing, paid):
    order, issued = paid
    event = published()
    await put_on_sale(infra, billing, event)
    another = await placed(billing, event)
    response = await billing.client.get(f"/orders/{another['id']}", headers={"Order-Secret": issued["order_link_key"]})
    assert response.status_code == 404
    assert (await billing.client.get(f"/orders/{another['id']}",
                                     headers={"Order-Secret": expected_key(another["id"])})).status_code == 200
