"""The registry's Ed25519 signing keys: created on first start, rotated by operators.

A new key's public half is written to the shared `signing_keys` table (so the
registry verifies its own tokens like any service) and published as
SigningKeyPublished through the outbox (so every other service learns it), in the
same transaction that stores the private half. Retired keys still verify tokens
issued before the rotation until those expire.
"""

import uuid
from dataclasses import dataclass
from typing import Any

import asyncpg
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared import outbox
from shared.auth import ALGORITHM, public_jwk
from shared.contracts.registry import SigningKeyPublished
from shared.identity import store_signing_key

_LOCK = "select pg_advisory_xact_lock(hashtext('registry.signing-key'))"


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: Any


async def current(pool: asyncpg.Pool) -> SigningKey:
    """The key that signs new tokens, created (and published) if there is none yet."""
    async with pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT kid, private_pem FROM private_signing_keys WHERE retired_at IS NULL"
            " ORDER BY created_at DESC LIMIT 1"
        )
        if row is not None:
            return _loaded(row)
        async with conn.transaction():
            await conn.execute(_LOCK)  # two replicas starting together create one key
            row = await conn.fetchrow(
                "SELECT kid, private_pem FROM private_signing_keys WHERE retired_at IS NULL"
                " ORDER BY created_at DESC LIMIT 1"
            )
            return _loaded(row) if row is not None else await _create(conn)


async def rotate(pool: asyncpg.Pool) -> SigningKey:
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(_LOCK)
        await conn.execute("UPDATE private_signing_keys SET retired_at = now() WHERE retired_at IS NULL")
        return await _create(conn)


async def jwks(pool: asyncpg.Pool) -> dict[str, list[dict]]:
    async with pool.acquire() as conn:
        rows = await conn.fetch("SELECT public_jwk FROM signing_keys ORDER BY published_at DESC")
    return {"keys": [row["public_jwk"] for row in rows]}


async def _create(conn: asyncpg.Connection) -> SigningKey:
    key = SigningKey(kid=f"registry-{uuid.uuid4().hex[:12]}", private_key=Ed25519PrivateKey.generate())
    pem = key.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    await conn.execute("INSERT INTO private_signing_keys (kid, private_pem) VALUES ($1, $2)", key.kid, pem)
    published = SigningKeyPublished(
        aggregate_id=uuid.uuid5(uuid.NAMESPACE_URL, key.kid), kid=key.kid,
        algorithm=ALGORITHM, public_jwk=public_jwk(key.private_key, key.kid),
    )
    await store_signing_key(conn, published)
    await outbox.record(conn, [published])
    return key


def _loaded(row: asyncpg.Record) -> SigningKey:
    return SigningKey(row["kid"], serialization.load_pem_private_key(row["private_pem"].encode(), password=None))
