"""Account links' storage, and the account facts they change: a confirmed address, a new password."""

from datetime import datetime
from uuid import UUID

import asyncpg


async def add_link(conn: asyncpg.Connection, *, token_hash: str, purpose: str, user_id: UUID,
                   expires_at: datetime) -> None:
    await conn.execute("INSERT INTO account_links (token_hash, purpose, user_id, expires_at) VALUES ($1, $2, $3, $4)",
                       token_hash, purpose, user_id, expires_at)


async def links_sent_since(conn: asyncpg.Connection, user_id: UUID, purpose: str, since: datetime) -> int:
    return await conn.fetchval("SELECT count(*) FROM account_links WHERE user_id = $1 AND purpose = $2"
                               " AND created_at > $3", user_id, purpose, since)


async def link_for_update(conn: asyncpg.Connection, token_hash: str, purpose: str) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM account_links WHERE token_hash = $1 AND purpose = $2 FOR UPDATE",
                              token_hash, purpose)
    return dict(row) if row else None


async def spend_links(conn: asyncpg.Connection, user_id: UUID, purpose: str) -> None:
    """Every open link of this purpose goes with the one used: an older e-mail opens nothing any more."""
    await conn.execute("UPDATE account_links SET used_at = now() WHERE user_id = $1 AND purpose = $2"
                       " AND used_at IS NULL", user_id, purpose)


async def email_verified_at(conn: asyncpg.Connection, user_id: UUID) -> datetime | None:
    return await conn.fetchval("SELECT email_verified_at FROM users WHERE id = $1", user_id)


async def mark_email_verified(conn: asyncpg.Connection, user_id: UUID) -> None:
    await conn.execute("UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1",
                       user_id)


async def set_password(conn: asyncpg.Connection, user_id: UUID, password_hash: str) -> None:
    await conn.execute("UPDATE users SET password_hash = $2 WHERE id = $1", user_id, password_hash)
