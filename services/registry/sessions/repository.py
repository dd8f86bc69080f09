"""Browser sessions' storage: sessions, their refresh tokens and failed sign-ins."""

from datetime import datetime
from uuid import UUID

import asyncpg


async def start_session(conn: asyncpg.Connection, session_id: UUID, user_id: UUID, expires_at: datetime) -> None:
    await conn.execute("INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)",
                       session_id, user_id, expires_at)


async def add_refresh_token(conn: asyncpg.Connection, token_hash: str, session_id: UUID, expires_at: datetime) -> None:
    await conn.execute("INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, $3)",
                       token_hash, session_id, expires_at)


async def refresh_token_for_update(conn: asyncpg.Connection, token_hash: str) -> asyncpg.Record | None:
    """The token with its session, locked: two refreshes with one token cannot both see it unused."""
    return await conn.fetchrow(
        "SELECT t.token_hash, t.expires_at, t.used_at, s.id AS session_id, s.user_id,"
        "       s.expires_at AS session_expires_at, s.ended_at"
        " FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id"
        " WHERE t.token_hash = $1 FOR UPDATE OF t, s", token_hash)


async def mark_used(conn: asyncpg.Connection, token_hash: str) -> None:
    await conn.execute("UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1", token_hash)


async def end_session(conn: asyncpg.Connection, session_id: UUID, because: str) -> None:
    await conn.execute("UPDATE sessions SET ended_at = now(), ended_because = $2"
                       " WHERE id = $1 AND ended_at IS NULL", session_id, because)


async def failures_since(conn: asyncpg.Connection, *, account: str, address: str, since: datetime
                         ) -> tuple[list[datetime], list[datetime]]:
    rows = await conn.fetch(
        "SELECT failed_at, account = $1 AS of_account, address = $2 AS of_address FROM sign_in_failures"
        " WHERE (account = $1 OR address = $2) AND failed_at > $3 ORDER BY failed_at", account, address, since)
    return [r["failed_at"] for r in rows if r["of_account"]], [r["failed_at"] for r in rows if r["of_address"]]


async def record_failure(conn: asyncpg.Connection, *, account: str, address: str) -> None:
    await conn.execute("INSERT INTO sign_in_failures (account, address) VALUES ($1, $2)", account, address)


async def forget_failures(conn: asyncpg.Connection, *, account: str, before: datetime) -> None:
    """A successful sign-in clears its account's count; old rows of every account go too."""
    await conn.execute("DELETE FROM sign_in_failures WHERE account = $1 OR failed_at < $2", account, before)


async def end_sessions_of(conn: asyncpg.Connection, user_id: UUID, because: str) -> None:
    await conn.execute("UPDATE sessions SET ended_at = now(), ended_because = $2"
                       " WHERE user_id = $1 AND ended_at IS NULL", user_id, because)
