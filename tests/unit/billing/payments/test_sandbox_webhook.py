"""The sandbox provider's side of a webhook billing receives: verify, then parse."""

import json
from uuid import uuid4

import pytest

from services.billing.payments import signatures
from services.billing.payments.domain import BadSignature, InvalidWebhook, Outcome
from services.billing.payments.sandbox.provider import SIGNATURE_HEADER, SandboxProvider
from shared.money import Money

NOW = 1_750_000_000
SECRET = "whsec_unit"


def provider() -> SandboxProvider:
    return SandboxProvider(lambda: None, base_url="http://billing", secret=SECRET, tolerance_seconds=300,
                           clock=lambda: NOW)


def webhook(kind="payment.succeeded", **data) -> bytes:
    return json.dumps({"id": "evt_1", "type": kind, "created": NOW, "data": {
        "payment_id": "pay_1", "reference": str(uuid4()), "amount": 1500, "currency": "EUR", **data}}).encode()


def signed(body: bytes) -> dict[str, str]:
    return {SIGNATURE_HEADER: signatures.sign(SECRET, body, timestamp=NOW)}


@pytest.mark.parametrize("kind, outcome", [("payment.succeeded", Outcome.SUCCEEDED),
                                           ("payment.declined", Outcome.DECLINED)])
def test_a_signed_webhook_becomes_a_notice(kind, outcome):
    body = webhook(kind)
    notice = provider().verify_webhook(signed(body), body)
    assert notice.outcome is outcome and notice.webhook_id == "evt_1" and notice.provider_payment_id == "pay_1"
    assert notice.amount == Money(amount=1500, currency="EUR")


def test_the_signature_is_checked_before_the_body_is_read():
    with pytest.raises(BadSignature):
        provider().verify_webhook({SIGNATURE_HEADER: signatures.sign("wrong", b"{", timestamp=NOW)}, b"{")


@pytest.mark.parametrize("body, problem", [
    (b"not json", "webhook is invalid"),
    (webhook("payment.refunded"), "type"),
    (webhook(currency="euro"), "data.currency"),
    (webhook(reference="not-a-uuid"), "data.reference"),
])
def test_a_signed_but_malformed_webhook_is_400(body, problem):
    with pytest.raises(InvalidWebhook, match=problem) as raised:
        provider().verify_webhook(signed(body), body)
    assert raised.value.status == 400
