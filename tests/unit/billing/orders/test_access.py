"""Who opens an order: its secret, or the link key derived from its id with billing's link secret."""

import base64
import hashlib
import hmac
from uuid import uuid4

import pytest

from services.billing.orders import access
from tests.unit.billing.factories import reserved_order, two_types

SECRET = "link-secret-for-tests"


@pytest.fixture(autouse=True)
def link_secret(monkeypatch):
    monkeypatch.setattr(access, "_link_secret", None)  # put back whatever was configured after the test
    access.use_link_secret(SECRET)


def test_the_link_key_is_the_hmac_of_the_order_id():
    order_id = uuid4()
    mac = hmac.new(SECRET.encode(), str(order_id).encode(), hashlib.sha256).digest()
    assert access.link_key(order_id) == base64.urlsafe_b64encode(mac).rstrip(b"=").decode()
    assert len(access.link_key(order_id)) == 43 and access.link_key(order_id) != access.link_key(uuid4())


def test_the_secret_and_the_link_key_open_the_order_and_nothing_else_does():
    order_id, secret = uuid4(), access.new_secret()
    digest = access.secret_digest(secret)
    assert access.secret_matches(secret, digest, order_id=order_id)
    assert access.secret_matches(access.link_key(order_id), digest, order_id=order_id)
    for wrong in (access.link_key(uuid4()), access.new_secret(), digest, "", None, "ключ"):
        assert not access.secret_matches(wrong, digest, order_id=order_id)


def test_another_link_secret_makes_other_keys():
    order_id = uuid4()
    key = access.link_key(order_id)
    access.use_link_secret("rotated-link-secret")
    assert not access.secret_matches(key, access.secret_digest("s"), order_id=order_id)


def test_without_a_link_secret_there_are_no_link_keys():
    access.use_link_secret("")
    assert access.link_key(uuid4()) is None
    assert not access.secret_matches("", "", order_id=uuid4())


def test_tickets_issued_carries_the_link_key_of_its_order():
    event, general, _ = two_types()
    order = reserved_order(event, (general.id, 1))
    order.pay(payment_id=uuid4())
    issued = order.events[-1]
    assert issued.type == "TicketsIssued" and issued.aggregate_id == order.id
    assert issued.order_link_key == access.link_key(order.id)
