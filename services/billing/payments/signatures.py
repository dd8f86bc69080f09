"""Webhook signatures: `t=<unix time>,v1=<hex HMAC-SHA256 of "{t}.{body}">`.

Signing the timestamp with the body lets the receiver refuse old captures; several
`v1` values may be present while a secret is being rotated.
"""

import hashlib
import hmac

from services.billing.payments.domain import BadSignature, InvalidWebhook


def _digest(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def sign(secret: str, body: bytes, *, timestamp: int) -> str:
    return f"t={timestamp},v1={_digest(secret, timestamp, body)}"


def verify(secret: str, header: str | None, body: bytes, *, now: float, tolerance: int) -> int:
    """Return the signed timestamp, or raise: malformed header 400, anything else 401."""
    if not header:
        raise BadSignature("signature header is missing")
    timestamp, candidates = _parse(header)
    if abs(now - timestamp) > tolerance:
        raise BadSignature(f"signature timestamp is outside the {tolerance}s tolerance")
    expected = _digest(secret, timestamp, body)
    if not any(hmac.compare_digest(expected, candidate) for candidate in candidates):
        raise BadSignature("signature does not match the body")
    return timestamp


def _parse(header: str) -> tuple[int, list[str]]:
    pairs = [part.strip().partition("=") for part in header.split(",")]
    values: dict[str, list[str]] = {}
    for key, sep, value in pairs:
        if not sep or not value:
            raise InvalidWebhook("signature header is malformed: expected t=<timestamp>,v1=<hex>")
        values.setdefault(key, []).append(value)
    timestamps, candidates = values.get("t", []), values.get("v1", [])
    if len(timestamps) != 1 or not timestamps[0].isdigit() or not candidates:
        raise InvalidWebhook("signature header is malformed: expected t=<timestamp>,v1=<hex>")
    return int(timestamps[0]), candidates
