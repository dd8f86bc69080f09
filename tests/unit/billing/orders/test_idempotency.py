import json

import pytest

from services.billing.orders.idempotency import check_same_request, fingerprint
from shared.errors import Conflict

BODY = {
    "event_id": "5f0c6a55-8d43-4c43-9d0a-0b7b8f6f7c10",
    "buyer": {"email": "ada@example.org", "name": "Ada", "language": "en"},
    "lines": [{"ticket_type_id": "3a7e5f4e-50a4-4c8f-8e2b-5d4c7a9b1e22", "quantity": 2}],
}


def test_key_order_and_whitespace_do_not_change_the_fingerprint():
    shuffled = json.loads(json.dumps({"lines": BODY["lines"], "buyer": dict(reversed(BODY["buyer"].items())),
                                      "event_id": BODY["event_id"]}, indent=4))
    assert fingerprint(shuffled) == fingerprint(BODY)


@pytest.mark.parametrize("change", [
    lambda b: b["lines"][0].update(quantity=3),
    lambda b: b["buyer"].update(email="eve@example.org"),
    lambda b: b["lines"].append({"ticket_type_id": "00000000-0000-0000-0000-000000000001", "quantity": 1}),
])
def test_any_change_of_meaning_changes_the_fingerprint(change):
    other = json.loads(json.dumps(BODY))
    change(other)
    assert fingerprint(other) != fingerprint(BODY)


def test_the_fingerprint_is_a_sha256_hex_digest():
    assert len(fingerprint(BODY)) == 64 and int(fingerprint(BODY), 16) >= 0


def test_the_same_request_passes_a_different_one_is_409():
    check_same_request("k", fingerprint(BODY), fingerprint(BODY))
    with pytest.raises(Conflict) as raised:
        check_same_request("k", fingerprint(BODY), fingerprint({**BODY, "event_id": "x"}))
    assert raised.value.status == 409 and "different request" in raised.value.message
