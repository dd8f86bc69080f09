"""Access tokens: issued by the registry, verified offline by every service.

Tokens are JWTs signed with the registry's Ed25519 keys. The public keys reach every
service over Kafka (`SigningKeyPublished` on registry.identity.v1) and live in the
service's own `signing_keys` table, so a request is checked without calling anyone.
Claims carry who the caller is and whether they operate the platform, never a role in an
organisation: a membership may end long before a token does, so each service fills
`Principal.organisations` from its own copy of the memberships (`shared.memberships`), and
roles signed into a token (an `orgs` claim) are ignored. Long-lived API tokens can be
revoked (`ApiTokenRevoked`).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal, Protocol
from uuid import UUID, uuid4

import jwt
from jwt.algorithms import OKPAlgorithm

from shared.errors import Forbidden, Unauthorized

ISSUER = "sparknet-registry"
AUDIENCE = "sparknet"
ALGORITHM = "EdDSA"


class Role(StrEnum):
    ADMIN = "admin"
    MEMBER = "member"


@dataclass(frozen=True)
class Principal:
    """Who is calling: a user (short-lived token) or a machine (API token)."""

    subject: str
    kind: Literal["user", "api"]
    token_id: UUID
    operator: bool = False
    organisations: Mapping[UUID, Role] = field(default_factory=dict)  # from the service's memberships, not the token
    email: str | None = None

    def is_admin_of(self, organisation_id: UUID) -> bool:
        return self.operator or self.organisations.get(organisation_id) == Role.ADMIN

    def is_member_of(self, organisation_id: UUID) -> bool:
        return self.operator or organisation_id in self.organisations

    def require_operator(self, action: str) -> None:
        if not self.operator:
            raise Forbidden(f"{action} is for platform operators only")

    def require_admin_of_any(self, organisation_ids: Iterable[UUID], action: str) -> None:
        wanted = list(organisation_ids)
        if not any(self.is_admin_of(o) for o in wanted):
            names = ", ".join(str(o) for o in wanted)
            raise Forbidden(f"{action} needs an admin of organisation {names}")

    @classmethod
    def from_claims(cls, claims: Mapping[str, Any]) -> "Principal":
        return cls(
            subject=claims["sub"],
            kind=claims.get("kind", "user"),
            token_id=UUID(claims["jti"]),
            operator=bool(claims.get("operator", False)),
            email=claims.get("email"),
        )


class KeyStore(Protocol):
    async def public_jwk(self, kid: str) -> Mapping[str, str] | None: ...
    async def is_revoked(self, token_id: UUID) -> bool: ...


class TokenVerifier:
    def __init__(self, keys: KeyStore) -> None:
        self._keys = keys
        self._cache: dict[str, Any] = {}

    async def verify(self, token: str) -> Principal:
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.DecodeError:
            raise Unauthorized("malformed token: not a JWT") from None
        key = await self._public_key(kid)
        try:
            claims = jwt.decode(
                token, key, algorithms=[ALGORITHM], audience=AUDIENCE, issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "jti"]},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthorized("token expired: log in again") from None
        except jwt.InvalidTokenError as error:
            raise Unauthorized(f"invalid token: {error}") from None
        principal = Principal.from_claims(claims)
        if principal.kind == "api" and await self._keys.is_revoked(principal.token_id):
            raise Unauthorized("token revoked")
        return principal

    async def _public_key(self, kid: str | None) -> Any:
        if not kid:
            raise Unauthorized("invalid token: no key id (kid) in its header")
        if kid not in self._cache:
            jwk = await self._keys.public_jwk(kid)
            if jwk is None:
                raise Unauthorized(f"invalid token: unknown signing key {kid!r}")
            self._cache[kid] = OKPAlgorithm.from_jwk(dict(jwk))
        return self._cache[kid]


def issue_token(
    private_key: Any,
    kid: str,
    *,
    subject: str,
    ttl: timedelta,
    kind: Literal["user", "api"] = "user",
    operator: bool = False,
    email: str | None = None,
    token_id: UUID | None = None,
) -> str:
    """Sign a token; the registry's login and API-token endpoints, and tests, use this."""
    now = datetime.now(UTC)
    claims = {
        "iss": ISSUER, "aud": AUDIENCE, "sub": subject, "kind": kind,
        "jti": str(token_id or uuid4()), "iat": now, "exp": now + ttl,
        "operator": operator,
    }
    if email:
        claims["email"] = email
    return jwt.encode(claims, private_key, algorithm=ALGORITHM, headers={"kid": kid})


def public_jwk(private_key: Any, kid: str) -> dict[str, str]:
    """The public half of an Ed25519 key as a JWK, as served in a JWKS and on Kafka."""
    jwk = OKPAlgorithm.to_jwk(private_key.public_key(), as_dict=True)
    return {**jwk, "kid": kid, "alg": ALGORITHM, "use": "sig"}
