"""The document states the Idempotency-Key header as the dependency checks it: a client that follows the document
is never refused, and what the dependency refuses the document already rules out."""

import asyncio
import os

import jsonschema_rs
import pytest

from services.billing.deps import _idempotency_key
from shared.errors import DomainError

os.environ.setdefault("SPARKNET_ENV", "development")


@pytest.fixture(scope="module")
def documented():
    from services.billing.app import build

    place = build()[1].openapi()["paths"]["/orders"]["post"]
    header = next(p for p in place["parameters"] if p["name"] == "Idempotency-Key")
    return jsonschema_rs.validator_for(header["schema"])


def accepted(key: str) -> bool:
    try:
        asyncio.run(_idempotency_key(key))
    except DomainError as refused:
        assert refused.status == 400
        return False
    return True


@pytest.mark.parametrize("key", ["", " ", "\t  ", "k" * 256, "a", "order-1", " padded ", "k" * 255])
def test_the_document_and_the_dependency_agree_on_every_key(documented, key):
    assert documented.is_valid(key) == accepted(key)
