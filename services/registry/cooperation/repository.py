"""Cooperation request storage."""

from dataclasses import fields
from datetime import datetime
from uuid import UUID

import asyncpg

from services.registry.cooperation.domain import CooperationRequest

COLUMNS = [f.name for f in fields(CooperationRequest) if f.compare]


async def save(conn: asyncpg.Connection, request: CooperationRequest) -> None:
    placeholders = ", ".join(f"${i}" for i in range(1, len(COLUMNS) + 1))
    await conn.execute(
        f"INSERT INTO cooperation_requests ({', '.join(COLUMNS)}) VALUES ({placeholders})"
        f" ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, answered_by = EXCLUDED.answered_by,"
        " answered_at = EXCLUDED.answered_at",
        *[getattr(request, c) for c in COLUMNS],
    )


async def load(conn: asyncpg.Connection, request_id: UUID, *, lock: bool = False) -> CooperationRequest | None:
    row = await conn.fetchrow(
        "SELECT * FROM cooperation_requests WHERE id = $1" + (" FOR UPDATE" if lock else ""), request_id
    )
    return CooperationRequest(**{c: row[c] for c in COLUMNS}) if row else None


async def due(conn: asyncpg.Connection, now: datetime, limit: int = 100) -> list[CooperationRequest]:
    """Pending requests nobody answered in time, locked so replicas expire each once."""
    rows = await conn.fetch(
        "SELECT * FROM cooperation_requests WHERE status = 'pending' AND expires_at <= $1"
        " ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED",
        now, limit,
    )
    return [CooperationRequest(**{c: r[c] for c in COLUMNS}) for r in rows]


async def of_partnerships(conn: asyncpg.Connection, partnership_ids: list[UUID] | None, *, status: str | None,
                          limit: int, after: UUID | None) -> list[dict]:
    """Requests either side of which is one of `partnership_ids` (all of them when None)."""
    rows = await conn.fetch(
        "SELECT * FROM cooperation_requests WHERE ($1::uuid[] IS NULL OR requesting_partnership_id = ANY($1)"
        " OR requested_partnership_id = ANY($1)) AND ($2::text IS NULL OR status = $2)"
        " AND ($3::uuid IS NULL OR id > $3) ORDER BY id LIMIT $4",
        partnership_ids, status, after, limit,
    )
    return [dict(r) for r in rows]


async def partnership_organisations(conn: asyncpg.Connection, partnership_id: UUID) -> set[UUID] | None:
    if not await conn.fetchval("SELECT true FROM partnerships WHERE id = $1", partnership_id):
        return None
    rows = await conn.fetch("SELECT organisation_id FROM partnership_members WHERE partnership_id = $1", partnership_id)
    return {r["organisation_id"] for r in rows}


async def partnerships_of(conn: asyncpg.Connection, organisation_ids: list[UUID]) -> list[UUID]:
    rows = await conn.fetch(
        "SELECT DISTINCT partnership_id FROM partnership_members WHERE organisation_id = ANY($1::uuid[])",
        organisation_ids,
    )
    return [r["partnership_id"] for r in rows]
