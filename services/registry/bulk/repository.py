"""SQL of bulk import and export: keys, references, admins, and whole tables in a stable order."""

from uuid import UUID

import asyncpg


async def set_key(conn: asyncpg.Connection, organisation_id: UUID, key: str) -> None:
    await conn.execute("UPDATE organisations SET key = $2 WHERE id = $1", organisation_id, key)


async def taken(conn: asyncpg.Connection, table: str, ids: list[UUID]) -> set[UUID]:
    assert table in ("organisations", "partnerships", "experts")
    return {r["id"] for r in await conn.fetch(f"SELECT id FROM {table} WHERE id = ANY($1::uuid[])", ids)}


async def taken_keys(conn: asyncpg.Connection, keys: list[str]) -> set[str]:
    return {r["key"] for r in await conn.fetch("SELECT key FROM organisations WHERE key = ANY($1::text[])", keys)}


async def name_keys(conn: asyncpg.Connection, texts: list[str]) -> dict[str, str]:
    """Each text's key under the name rule, as the database computes it (one definition, in SQL)."""
    rows = await conn.fetch("SELECT t, organisation_name_key(t) AS key FROM unnest($1::text[]) t", sorted(set(texts)))
    return {r["t"]: r["key"] for r in rows}


_NAMED = ("SELECT id, key, name, city, country, duplicate_of, organisation_name_key(name) AS name_key,"
          " organisation_name_key(city) AS city_key FROM organisations")


async def organisations_with_names(conn: asyncpg.Connection, name_keys: list[str]) -> list[asyncpg.Record]:
    """Organisations named so (by key); those marked duplicates of an older one are not counted."""
    return await conn.fetch(f"{_NAMED} WHERE organisation_name_key(name) = ANY($1::text[]) AND duplicate_of IS NULL",
                            name_keys)


async def organisations_named(conn: asyncpg.Connection, ids: list[UUID], keys: list[str],
                              name_keys: list[str]) -> list[asyncpg.Record]:
    """Organisations a reference may mean: by id, by key, or by name (normalised, duplicates left out)."""
    return await conn.fetch(
        f"{_NAMED} WHERE id = ANY($1::uuid[]) OR key = ANY($2::text[])"
        " OR (organisation_name_key(name) = ANY($3::text[]) AND duplicate_of IS NULL)", ids, keys, name_keys)


async def users_by_email(conn: asyncpg.Connection, emails: list[str]) -> dict[str, UUID]:
    rows = await conn.fetch("SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])",
                            [e.lower() for e in emails])
    return {r["email"]: r["id"] for r in rows}


async def organisation_rows(conn: asyncpg.Connection) -> list[dict]:
    rows = await conn.fetch(
        "SELECT o.*, array(SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id"
        "                  WHERE m.organisation_id = o.id AND m.role = 'admin' ORDER BY lower(u.email))"
        "        AS admin_emails"
        " FROM organisations o ORDER BY o.name, o.id")
    return [dict(r) | {"country": r["country"].strip()} for r in rows]


async def partnership_rows(conn: asyncpg.Connection) -> list[dict]:
    rows = await conn.fetch(
        "SELECT p.*, coalesce(json_agg(json_build_object('organisation_id', m.organisation_id, 'role', m.role)"
        "                              ORDER BY m.role, m.organisation_id)"
        "                     FILTER (WHERE m.organisation_id IS NOT NULL), '[]') AS members"
        " FROM partnerships p LEFT JOIN partnership_members m ON m.partnership_id = p.id"
        " GROUP BY p.id ORDER BY p.name, p.id")
    return [dict(r) for r in rows]


async def expert_rows(conn: asyncpg.Connection) -> list[asyncpg.Record]:
    return await conn.fetch(
        "SELECT e.*, u.email AS user_email FROM experts e LEFT JOIN users u ON u.id = e.user_id"
        " WHERE e.status = 'published' ORDER BY e.name, e.id")


async def organisation_keys(conn: asyncpg.Connection) -> dict[UUID, str]:
    """How exports name organisations: by key where they have one (ids otherwise)."""
    return {r["id"]: r["key"] for r in await conn.fetch("SELECT id, key FROM organisations WHERE key IS NOT NULL")}
