"""Who may see an order: whoever holds the secret it was created with, or its link key.

The secret is answered once, at checkout, and only its digest is kept, so nothing sent later can carry it.
The link key, for the links sent later (the confirmation e-mail's), is derived from the order id with
billing's own secret (BILLING_ORDER_LINK_SECRET): nothing to store, and a database leak does not give it.
"""

import base64
import hashlib
import hmac
import secrets
from uuid import UUID

# Set once by the composition root from the settings; the domain derives keys without being handed them.
_link_secret: bytes | None = None


def use_link_secret(secret: str) -> None:
    global _link_secret
    _link_secret = secret.encode() if secret else None


def new_secret() -> str:
    """Returned once, with the new order; 256 bits."""
    return secrets.token_urlsafe(32)


def secret_digest(secret: str) -> str:
    """Orders keep only this digest: a database leak does not open them."""
    return hashlib.sha256(secret.encode()).hexdigest()


def link_key(order_id: UUID) -> str | None:
    """HMAC-SHA256 of the order id, URL-safe; None while no link secret is configured."""
    if _link_secret is None:
        return None
    mac = hmac.new(_link_secret, str(order_id).encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def secret_matches(secret: str | None, digest: str, *, order_id: UUID) -> bool:
    """The order's own secret, or its link key: either opens the order wherever one is asked for."""
    if not secret:
        return False
    expected_key = link_key(order_id)
    by_key = expected_key is not None and hmac.compare_digest(secret.encode(), expected_key.encode())
    return hmac.compare_digest(secret_digest(secret), digest) or by_key
