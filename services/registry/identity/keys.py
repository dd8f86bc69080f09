"""The registry's Ed25519 signing keys: created on first start, rotated by operators.

A new key's public half is written to the shared `signing_keys` table (so the
registry verifies its own tokens like any service) and published as
SigningKeyPublished through the outbox (so every other service learns it), in the
same unit of work that stores the private half. Retired keys still verify tokens
issued before the rotation until those expire.
"""

import uuid
from dataclasses import dataclass
from typing import Any

import asyncpg
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from services.registry.identity import domain, repository
from shared import telemetry
from shared.identity import store_signing_key
from shared.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: Any


async def current(pool: asyncpg.Pool) -> SigningKey:
    """The key that signs new tokens, created (and published) if there is none yet."""
    async with pool.acquire() as conn:
        row = await repository.current_signing_key(conn)
    if row is not None:
        return _loaded(row)
    with telemetry.traced("create the signing key"):  # on first start: no request to follow
        async with UnitOfWork(pool) as uow:
            await repository.lock_signing_keys(uow.conn)
            row = await repository.current_signing_key(uow.conn)  # another replica may have created it meanwhile
            return _loaded(row) if row is not None else await _create(uow)


async def rotate(pool: asyncpg.Pool) -> SigningKey:
    """By an operator's request, whose trace the new key's message joins."""
    async with UnitOfWork(pool) as uow:
        await repository.lock_signing_keys(uow.conn)
        await repository.retire_signing_keys(uow.conn)
        return await _create(uow)


async def jwks(pool: asyncpg.Pool) -> dict[str, list[dict]]:
    async with pool.acquire() as conn:
        return {"keys": await repository.public_jwks(conn)}


async def _create(uow: UnitOfWork) -> SigningKey:
    key = SigningKey(kid=f"registry-{uuid.uuid4().hex[:12]}", private_key=Ed25519PrivateKey.generate())
    pem = key.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    await repository.add_signing_key(uow.conn, key.kid, pem)
    published = domain.signing_key_published(key.kid, key.private_key)
    await store_signing_key(uow.conn, published)
    uow.collect(published)
    return key


def _loaded(row: asyncpg.Record) -> SigningKey:
    return SigningKey(row["kid"], serialization.load_pem_private_key(row["private_pem"].encode(), password=None))
