"""Identity storage: users, memberships and API tokens."""

from datetime import datetime
from uuid import UUID

import asyncpg

from services.registry.identity.domain import User
from shared.auth import Role


def _user(row: asyncpg.Record | None) -> User | None:
    return User(row["id"], row["email"], row["name"], row["password_hash"], row["operator"],
                row["disabled_at"], row["email_verified_at"]) if row else None


async def user_by_email(conn: asyncpg.Connection, email: str) -> User | None:
    return _user(await conn.fetchrow("SELECT * FROM users WHERE lower(email) = lower($1)", email))


async def user_by_id(conn: asyncpg.Connection, user_id: UUID) -> User | None:
    return _user(await conn.fetchrow("SELECT * FROM users WHERE id = $1", user_id))


async def add_user(conn: asyncpg.Connection, user: User) -> bool:
    """False when the email is taken (case-insensitively)."""
    return bool(await conn.fetchval(
        "INSERT INTO users (id, email, name, password_hash, operator, email_verified_at)"
        " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING true",
        user.id, user.email, user.name, user.password_hash, user.operator, user.email_verified_at,
    ))


async def update_user(conn: asyncpg.Connection, user_id: UUID, *, password_hash: str, operator: bool) -> None:
    await conn.execute("UPDATE users SET password_hash = $2, operator = $3 WHERE id = $1",
                       user_id, password_hash, operator)


async def disable_user(conn: asyncpg.Connection, user_id: UUID) -> bool:
    """Disable the user (once) and end their memberships; False when already disabled."""
    disabled = await conn.fetchval(
        "UPDATE users SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL RETURNING true", user_id)
    if disabled:
        await conn.execute("DELETE FROM memberships WHERE user_id = $1", user_id)
    return bool(disabled)


async def roles_of(conn: asyncpg.Connection, user_id: UUID) -> dict[UUID, Role]:
    rows = await conn.fetch("SELECT organisation_id, role FROM memberships WHERE user_id = $1", user_id)
    return {r["organisation_id"]: Role(r["role"]) for r in rows}


async def set_membership(conn: asyncpg.Connection, user_id: UUID, organisation_id: UUID, role: Role) -> Role | None:
    """Set the role; answer the one it replaced (None for a new member)."""
    previous = await conn.fetchval(
        "SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2 FOR UPDATE", user_id, organisation_id
    )
    await conn.execute(
        "INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)"
        " ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = EXCLUDED.role",
        user_id, organisation_id, role.value,
    )
    return Role(previous) if previous else None


async def remove_membership(conn: asyncpg.Connection, user_id: UUID, organisation_id: UUID) -> bool:
    return await conn.fetchval(
        "DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2 RETURNING true", user_id, organisation_id
    ) is not None


async def members_of(conn: asyncpg.Connection, organisation_id: UUID) -> list[dict]:
    rows = await conn.fetch(
        "SELECT u.id AS user_id, u.email, u.name, m.role, m.created_at FROM memberships m"
        " JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 ORDER BY u.email",
        organisation_id,
    )
    return [dict(r) for r in rows]


async def admins_left(conn: asyncpg.Connection, organisation_id: UUID) -> int:
    return await conn.fetchval(
        "SELECT count(*) FROM memberships WHERE organisation_id = $1 AND role = 'admin'", organisation_id
    )


async def add_api_token(conn: asyncpg.Connection, *, token_id: UUID, user_id: UUID, name: str,
                        token_hash: str, expires_at: datetime) -> None:
    await conn.execute(
        "INSERT INTO api_tokens (id, user_id, name, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)",
        token_id, user_id, name, token_hash, expires_at,
    )


async def api_token(conn: asyncpg.Connection, token_id: UUID) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM api_tokens WHERE id = $1", token_id)
    return dict(row) if row else None


async def api_tokens_of(conn: asyncpg.Connection, user_id: UUID | None) -> list[dict]:
    """Tokens of one user, or of everyone when `user_id` is None (operators)."""
    rows = await conn.fetch(
        "SELECT id, user_id, name, created_at, expires_at, revoked_at FROM api_tokens"
        " WHERE $1::uuid IS NULL OR user_id = $1 ORDER BY created_at DESC",
        user_id,
    )
    return [dict(r) for r in rows]


async def revoke_api_token(conn: asyncpg.Connection, token_id: UUID) -> datetime | None:
    """Mark the token revoked (once) and remember it where token verification looks."""
    revoked_at = await conn.fetchval(
        "UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING revoked_at", token_id
    )
    if revoked_at is not None:
        await conn.execute("INSERT INTO revoked_tokens (token_id, revoked_at) VALUES ($1, $2)"
                           " ON CONFLICT DO NOTHING", token_id, revoked_at)
    return revoked_at


async def current_signing_key(conn: asyncpg.Connection) -> asyncpg.Record | None:
    return await conn.fetchrow(
        "SELECT kid, private_pem FROM private_signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1"
    )


async def lock_signing_keys(conn: asyncpg.Connection) -> None:
    """Until the transaction ends: two replicas starting together create one key, rotations run one at a time."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext('registry.signing-key'))")


async def retire_signing_keys(conn: asyncpg.Connection) -> None:
    await conn.execute("UPDATE private_signing_keys SET retired_at = now() WHERE retired_at IS NULL")


async def add_signing_key(conn: asyncpg.Connection, kid: str, private_pem: str) -> None:
    await conn.execute("INSERT INTO private_signing_keys (kid, private_pem) VALUES ($1, $2)", kid, private_pem)


async def public_jwks(conn: asyncpg.Connection) -> list[dict]:
    rows = await conn.fetch("SELECT public_jwk FROM signing_keys ORDER BY published_at DESC")
    return [row["public_jwk"] for row in rows]
