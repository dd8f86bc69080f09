"""Who may see an order: whoever holds the secret it was created with."""

import hashlib
import hmac
import secrets


def new_secret() -> str:
    """Returned once, with the new order; 256 bits."""
    return secrets.token_urlsafe(32)


def secret_digest(secret: str) -> str:
    """Orders keep only this digest: a database leak does not open them."""
    return hashlib.sha256(secret.encode()).hexdigest()


def secret_matches(secret: str | None, digest: str) -> bool:
    return secret is not None and hmac.compare_digest(secret_digest(secret), digest)
