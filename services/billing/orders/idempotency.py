"""Idempotency keys: a retried request gets the same order, a different one with the same key is refused."""

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from shared.errors import Conflict


def fingerprint(body: Mapping[str, Any]) -> str:
    """A digest of the request's meaning: key order and whitespace do not change it."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_same_request(key: str, stored: str, presented: str) -> None:
    if stored != presented:
        raise Conflict(f"Idempotency-Key {key!r} was already used with a different request")
