"""Invitations' storage."""

from datetime import datetime
from uuid import UUID

import asyncpg


async def withdraw_open(conn: asyncpg.Connection, organisation_id: UUID, email: str) -> None:
    """Inviting an address again replaces its open invitation."""
    await conn.execute("UPDATE invitations SET withdrawn_at = now() WHERE organisation_id = $1"
                       " AND lower(email) = lower($2) AND accepted_at IS NULL AND withdrawn_at IS NULL",
                       organisation_id, email)


async def add(conn: asyncpg.Connection, *, invitation_id: UUID, organisation_id: UUID, email: str, role: str,
              invited_by: UUID, token_hash: str, expires_at: datetime) -> dict:
    return dict(await conn.fetchrow(
        "INSERT INTO invitations (id, organisation_id, email, role, invited_by, token_hash, expires_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *",
        invitation_id, organisation_id, email, role, invited_by, token_hash, expires_at))


async def get(conn: asyncpg.Connection, invitation_id: UUID, *, lock: bool = False) -> dict | None:
    row = await conn.fetchrow(f"SELECT * FROM invitations WHERE id = $1{' FOR UPDATE' if lock else ''}", invitation_id)
    return dict(row) if row else None


async def of_organisation(conn: asyncpg.Connection, organisation_id: UUID) -> list[dict]:
    return [dict(r) for r in await conn.fetch(
        "SELECT * FROM invitations WHERE organisation_id = $1 ORDER BY created_at DESC LIMIT 500", organisation_id)]


async def mark_accepted(conn: asyncpg.Connection, invitation_id: UUID, user_id: UUID) -> None:
    await conn.execute("UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1",
                       invitation_id, user_id)


async def mark_withdrawn(conn: asyncpg.Connection, invitation_id: UUID) -> None:
    await conn.execute("UPDATE invitations SET withdrawn_at = now() WHERE id = $1 AND withdrawn_at IS NULL"
                       " AND accepted_at IS NULL", invitation_id)
