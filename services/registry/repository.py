"""Registry storage: SQL in, domain objects and read models out."""

from uuid import UUID

import asyncpg

from services.registry.domain import Organisation, Partnership


async def add_organisation(conn: asyncpg.Connection, org: Organisation) -> None:
    await conn.execute(
        "INSERT INTO organisations (id, name, kind, country, city, website, description)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        org.id, org.name, org.kind.value, org.country, org.city, org.website, org.description,
    )


async def get_organisation(conn: asyncpg.Connection, organisation_id: UUID) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM organisations WHERE id = $1", organisation_id)
    return dict(row) if row else None


async def list_organisations(conn: asyncpg.Connection, *, limit: int, after: UUID | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT * FROM organisations WHERE $1::uuid IS NULL OR id > $1 ORDER BY id LIMIT $2",
        after, limit,
    )
    return [dict(r) for r in rows]


async def unknown_organisations(conn: asyncpg.Connection, ids: list[UUID]) -> list[UUID]:
    known = await conn.fetch("SELECT id FROM organisations WHERE id = ANY($1::uuid[])", ids)
    known_ids = {r["id"] for r in known}
    return [i for i in ids if i not in known_ids]


async def add_partnership(conn: asyncpg.Connection, partnership: Partnership) -> None:
    await conn.execute(
        "INSERT INTO partnerships (id, name, programme) VALUES ($1, $2, $3)",
        partnership.id, partnership.name, partnership.programme,
    )
    await conn.executemany(
        "INSERT INTO partnership_members (partnership_id, organisation_id, role) VALUES ($1, $2, $3)",
        [(partnership.id, m.organisation_id, m.role.value) for m in partnership.members],
    )


async def get_partnership(conn: asyncpg.Connection, partnership_id: UUID) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM partnerships WHERE id = $1", partnership_id)
    if row is None:
        return None
    members = await conn.fetch(
        "SELECT organisation_id, role FROM partnership_members WHERE partnership_id = $1"
        " ORDER BY role, organisation_id",
        partnership_id,
    )
    return {**row, "members": [dict(m) for m in members]}


async def list_partnerships(conn: asyncpg.Connection, *, limit: int, after: UUID | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id FROM partnerships WHERE $1::uuid IS NULL OR id > $1 ORDER BY id LIMIT $2",
        after, limit,
    )
    return [await get_partnership(conn, r["id"]) for r in rows]
