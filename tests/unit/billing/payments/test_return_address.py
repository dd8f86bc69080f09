"""Where a provider may send the buyer back: this site only, never an open redirect."""

import pytest

from services.billing.payments.domain import ReturnNotOnSite, on_site
from services.billing.payments.sandbox.provider import SandboxProvider

SITE = "https://tickets.example.org/api/billing"


@pytest.mark.parametrize("url", [
    "https://tickets.example.org/orders/1?key=abc",
    "https://tickets.example.org:8443/orders/1",  # another port of the same host is the same site
    "https://TICKETS.example.org/orders/1",
    "/orders/1?key=abc",
])
def test_an_address_on_the_site_is_kept(url):
    assert on_site(url, site=SITE) == url


@pytest.mark.parametrize("url, problem", [
    ("https://evil.example/orders/1", "must be a path or an address on https://tickets.example.org"),
    ("https://tickets.example.org.evil.example/", "must be a path or an address"),
    ("http://tickets.example.org/orders/1", "must be a path or an address"),  # not downgraded to plain http
    ("//evil.example/orders/1", "must be a path or an address"),
    ("javascript:alert(1)", "must be a path or an address"),
    ("https://user@tickets.example.org/", "must be a path or an address"),
    ("https://tickets.example.org:99999/", "port"),
    ("/\\evil.example", "backslashes"),
    ("https://tickets.example.org\\@evil.example/", "backslashes"),
    ("/orders/1\n/x", "control characters"),
    (" https://evil.example", "spaces"),
])
def test_any_other_address_is_refused_with_400(url, problem):
    with pytest.raises(ReturnNotOnSite, match=problem) as refused:
        on_site(url, site=SITE)
    assert refused.value.status == 400


def test_the_sandbox_checkout_carries_the_return_address():
    sandbox = SandboxProvider(lambda: None, base_url=SITE, secret="whsec_unit", tolerance_seconds=300)
    address = sandbox.checkout_address(f"{SITE}/sandbox/checkout/pay_1",
                                       return_url="https://tickets.example.org/orders/1?key=a&b")
    assert address == (f"{SITE}/sandbox/checkout/pay_1"
                       "?return_url=https%3A%2F%2Ftickets.example.org%2Forders%2F1%3Fkey%3Da%26b")
    with pytest.raises(ReturnNotOnSite):
        sandbox.return_address("https://evil.example/")
