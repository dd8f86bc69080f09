"""Tokens for tests: a signing key of our own, made known to a service like the registry would."""

import uuid
from datetime import timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared.auth import ALGORITHM, Role, issue_token, public_jwk
from shared.contracts.registry import SigningKeyPublished


class TokenFactory:
    def __init__(self) -> None:
        self.kid = f"test-{uuid.uuid4().hex[:8]}"
        self._key = Ed25519PrivateKey.generate()

    @property
    def published(self) -> SigningKeyPublished:
        """The event announcing our key: publish it to Kafka, or store it directly."""
        return SigningKeyPublished(
            aggregate_id=uuid.uuid5(uuid.NAMESPACE_URL, self.kid), kid=self.kid,
            algorithm=ALGORITHM, public_jwk=public_jwk(self._key, self.kid),
        )

    def token(self, *, admin_of=(), member_of=(), operator=False, kind="user", ttl=timedelta(minutes=15),
              token_id=None, subject=None) -> str:
        organisations = {**{o: Role.MEMBER for o in member_of}, **{o: Role.ADMIN for o in admin_of}}
        return issue_token(self._key, self.kid, subject=subject or str(uuid.uuid4()), ttl=ttl, kind=kind,
                           operator=operator, organisations=organisations, token_id=token_id)

    def headers(self, **claims) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(**claims)}"}
