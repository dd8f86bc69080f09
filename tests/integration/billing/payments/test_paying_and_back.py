"""The buyer's way to pay and back: billing's payment start sends them to the sandbox's page with the web
order page to return to, on this site only; the page completes the payment at whatever prefix billing has."""

from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from tests.integration.billing.helpers import offer, placed, published, put_on_sale, read_order
from tests.integration.billing.orders.test_expiry import expired

pytestmark = pytest.mark.integration


@pytest.fixture
async def order(infra, billing):
    event = published(offer(capacity=5))
    await put_on_sale(infra, billing, event)
    return await placed(billing, event)


def back_to(order: dict) -> str:
    return f"http://127.0.0.1:5173/orders/{order['id']}?key={order['secret']}"  # the web app, on another port


async def pay(service, order: dict, *, secret: str | None = None, return_url: str | None = None):
    return await service.client.get(f"/orders/{order['id']}/pay", params={
        "secret": secret or order["secret"], "return_url": return_url or back_to(order)})


async def test_the_payment_start_sends_the_buyer_to_the_sandbox_page_which_knows_the_way_back(billing, order):
    started = await pay(billing, order)
    assert started.status_code == 303
    checkout = started.headers["location"]
    assert checkout.startswith(order["payment"]["checkout_url"] + "?")
    assert parse_qs(urlsplit(checkout).query)["return_url"] == [back_to(order)]
    page = await billing.client.get(checkout)
    assert page.status_code == 200 and "Sandbox checkout" in page.text
    assert f'data-return="{back_to(order).replace("&", "&amp;")}"' in page.text
    assert f"<strong>{order['total']['amount']} {order['total']['currency']}</strong>" in page.text


async def test_the_page_completes_the_payment_relative_to_its_own_address(billing, order):
    """Behind the proxy billing lives under /api/billing: an address from the site's root would miss it."""
    checkout = (await pay(billing, order)).headers["location"]
    payment_id = order["payment"]["provider_payment_id"]
    relative = f"../payments/{payment_id}/complete"
    assert f'data-complete="{relative}"' in (await billing.client.get(checkout)).text
    completed = await billing.client.post(urljoin(checkout, relative), json={"outcome": "succeeded"})
    assert completed.status_code == 200 and completed.json()["webhook_status"] == 200
    assert (await read_order(billing, order))["status"] == "paid"


async def test_a_paid_order_goes_straight_back_and_its_page_offers_no_second_payment(billing, order):
    checkout = (await pay(billing, order)).headers["location"]
    await billing.client.post(urljoin(checkout, f"../payments/{order['payment']['provider_payment_id']}/complete"),
                              json={"outcome": "succeeded"})
    again = await pay(billing, order)
    assert (again.status_code, again.headers["location"]) == (303, back_to(order))
    page = (await billing.client.get(checkout)).text
    assert "This payment is succeeded." in page and "<div hidden>" in page


async def test_an_expired_hold_goes_straight_back(infra, short_holds):
    event = published(offer(capacity=5))
    await put_on_sale(infra, short_holds, event)
    held = await placed(short_holds, event)
    await expired(short_holds, held)
    back = await pay(short_holds, held)
    assert (back.status_code, back.headers["location"]) == (303, back_to(held))


@pytest.mark.parametrize("return_url", ["https://evil.example/orders/1", "//evil.example/", "/\\evil.example"])
async def test_a_return_address_off_the_site_is_refused(billing, order, return_url):
    refused = await pay(billing, order, return_url=return_url)
    assert refused.status_code == 400 and refused.json()["detail"].startswith("return_url: ")
    checkout = await billing.client.get(order["payment"]["checkout_url"], params={"return_url": return_url})
    assert checkout.status_code == 400 and checkout.json()["detail"].startswith("return_url: ")


async def test_a_wrong_secret_reveals_nothing(billing, order):
    refused = await pay(billing, order, secret="not-the-secret")
    assert refused.status_code == 404 and refused.json()["detail"] == f"order {order['id']} not found"


async def test_an_unknown_sandbox_payment_has_no_page(billing):
    assert (await billing.client.get("/sandbox/checkout/pay_unknown")).status_code == 404
