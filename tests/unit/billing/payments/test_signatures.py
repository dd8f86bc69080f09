import pytest

from services.billing.payments import signatures
from services.billing.payments.domain import BadSignature, InvalidWebhook

SECRET = "whsec_test"
BODY = b'{"id":"evt_1","type":"payment.succeeded"}'
NOW = 1_750_000_000


def verify(header, body=BODY, *, now=NOW, secret=SECRET, tolerance=300):
    return signatures.verify(secret, header, body, now=now, tolerance=tolerance)


def test_a_fresh_signature_verifies():
    assert verify(signatures.sign(SECRET, BODY, timestamp=NOW)) == NOW


def test_the_header_signs_timestamp_dot_body_with_hmac_sha256():
    import hashlib
    import hmac

    expected = hmac.new(SECRET.encode(), f"{NOW}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert signatures.sign(SECRET, BODY, timestamp=NOW) == f"t={NOW},v1={expected}"


@pytest.mark.parametrize("age", [-300, 0, 299, 300])
def test_within_tolerance_either_side(age):
    verify(signatures.sign(SECRET, BODY, timestamp=NOW - age))


@pytest.mark.parametrize("age", [301, -301, 86_400])
def test_outside_tolerance_is_refused(age):
    with pytest.raises(BadSignature, match="tolerance") as raised:
        verify(signatures.sign(SECRET, BODY, timestamp=NOW - age))
    assert raised.value.status == 401


def test_a_tampered_body_is_refused():
    header = signatures.sign(SECRET, BODY, timestamp=NOW)
    with pytest.raises(BadSignature, match="does not match"):
        verify(header, BODY.replace(b"succeeded", b"declined"))


def test_a_tampered_timestamp_is_refused():
    header = signatures.sign(SECRET, BODY, timestamp=NOW).replace(f"t={NOW}", f"t={NOW + 1}")
    with pytest.raises(BadSignature, match="does not match"):
        verify(header)


def test_another_secret_is_refused():
    with pytest.raises(BadSignature):
        verify(signatures.sign("someone-else", BODY, timestamp=NOW))


def test_any_of_several_signatures_may_match_during_rotation():
    good = signatures.sign(SECRET, BODY, timestamp=NOW).split(",")[1]
    verify(f"t={NOW},v1={'0' * 64},{good}")


def test_a_missing_header_is_401():
    with pytest.raises(BadSignature, match="missing") as raised:
        verify(None)
    assert raised.value.status == 401


@pytest.mark.parametrize("header", ["garbage", f"t={NOW}", "v1=abc", f"t=soon,v1={'0' * 64}", f"t={NOW},v1="])
def test_a_malformed_header_is_400(header):
    with pytest.raises(InvalidWebhook, match="malformed") as raised:
        verify(header)
    assert raised.value.status == 400
