"""Who is calling, in every service: bearer tokens checked against keys learned over Kafka, and the caller's
organisation roles from the service's own copy of the registry's memberships (`shared.memberships`)."""

from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shared import memberships, openapi
from shared.auth import Principal, TokenVerifier
from shared.consumers import Reaction
from shared.contracts.registry import ApiTokenRevoked, SigningKeyPublished
from shared.errors import Unauthorized
from shared.unit_of_work import UnitOfWork


class PgKeyStore:
    """The service's own copy of the registry's public keys and revoked tokens."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def public_jwk(self, kid: str) -> Mapping[str, str] | None:
        return await self._pool.fetchval("SELECT public_jwk FROM signing_keys WHERE kid = $1", kid)

    async def is_revoked(self, token_id: UUID) -> bool:
        return bool(await self._pool.fetchval("SELECT 1 FROM revoked_tokens WHERE token_id = $1", token_id))


async def store_signing_key(conn: asyncpg.Connection, event: SigningKeyPublished) -> None:
    await conn.execute(
        "INSERT INTO signing_keys (kid, algorithm, public_jwk, published_at) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT (kid) DO NOTHING",
        event.kid, event.algorithm, event.public_jwk, event.occurred_at,
    )


async def on_api_token_revoked(uow: UnitOfWork, event: ApiTokenRevoked) -> None:
    await uow.conn.execute(
        "INSERT INTO revoked_tokens (token_id, revoked_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        event.token_id, event.occurred_at,
    )


async def on_signing_key_published(uow: UnitOfWork, event: SigningKeyPublished) -> None:
    await store_signing_key(uow.conn, event)


# Every service keeps its own copy of the registry's keys and revocations: its consumers table starts with these.
REACTIONS = (
    Reaction(SigningKeyPublished, on_signing_key_published),
    Reaction(ApiTokenRevoked, on_api_token_revoked),
    *memberships.REACTIONS,
)


def _verifier(request: Request) -> TokenVerifier:
    runtime = request.app.state.runtime
    if getattr(runtime, "token_verifier", None) is None:
        runtime.token_verifier = TokenVerifier(PgKeyStore(runtime.pool))
    return runtime.token_verifier


# Both kinds of token come as `Authorization: Bearer`; declared apart so a client knows which to ask for.
# They document the header only: `verified_principal` reads it itself, for precise 401s.
_ACCESS_TOKEN = HTTPBearer(
    scheme_name="accessToken", bearerFormat="JWT", auto_error=False,
    description="A person's login token from the registry's `POST /auth/login`, valid for 15 minutes.")
_API_TOKEN = HTTPBearer(
    scheme_name="apiToken", bearerFormat="JWT", auto_error=False,
    description="A long-lived API token from the registry's `POST /auth/api-tokens`, revocable.")
_Declared = HTTPAuthorizationCredentials | None


async def verified_principal(request: Request, _access: Annotated[_Declared, Security(_ACCESS_TOKEN)],
                             _api: Annotated[_Declared, Security(_API_TOKEN)]) -> Principal | None:
    """Who the token says the caller is, its signature, expiry and revocation checked; no roles yet."""
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Authorization header must be 'Bearer <token>'")
    return await _verifier(request).verify(token.strip())


async def optional_principal(
    request: Request, principal: Annotated[Principal | None, Depends(verified_principal)]
) -> Principal | None:
    """The verified caller with the organisation roles this service knows now, never a token's own."""
    if principal is None:
        return None
    return await memberships.with_current_roles(request.app.state.runtime.pool, principal)


def requiring(optional: Callable[..., Awaitable[Principal | None]]) -> Callable[..., Awaitable[Principal]]:
    """A dependency turning `optional`'s anonymous caller into a 401."""

    async def required(principal: Annotated[Principal | None, Depends(optional)]) -> Principal:
        if principal is None:
            raise Unauthorized("authentication required: send 'Authorization: Bearer <token>'")
        return principal

    return openapi.requires_caller(required)


required_principal = requiring(optional_principal)


CurrentPrincipal = Annotated[Principal, Depends(required_principal)]
MaybePrincipal = Annotated[Principal | None, Depends(optional_principal)]
