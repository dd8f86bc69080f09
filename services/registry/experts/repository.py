"""Expert storage: profiles, their search rows, the skills taxonomy."""

from uuid import UUID

import asyncpg

from services.registry.experts.domain import Expert
from services.registry.experts.search_rows import Skill, search_row
from shared.contracts.registry import ExpertRole

COLUMNS = ("name", "organisation_ids", "skills", "languages", "roles", "city", "country", "available_remote",
            "availability", "bio", "email", "phone", "visibility", "user_id", "status")


async def taxonomy(conn: asyncpg.Connection) -> dict[str, Skill]:
    rows = await conn.fetch("SELECT slug, name, names, parent FROM skills")
    return {r["slug"]: Skill(r["slug"], r["name"], r["names"], r["parent"]) for r in rows}


async def add_skill(conn: asyncpg.Connection, skill: Skill) -> bool:
    return bool(await conn.fetchval(
        "INSERT INTO skills (slug, name, names, parent) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING true",
        skill.slug, skill.name, skill.names, skill.parent,
    ))


def values(expert: Expert) -> list:
    return [expert.id, expert.name, list(expert.organisation_ids), list(expert.skills), list(expert.languages),
            [r.value for r in expert.roles], expert.city, expert.country, expert.available_remote,
            expert.availability, expert.bio, expert.email, expert.phone, expert.visibility, expert.user_id,
            expert.status]


async def save(conn: asyncpg.Connection, expert: Expert) -> None:
    """Insert or replace the profile, and its search row (published experts only)."""
    placeholders = ", ".join(f"${i}" for i in range(1, len(COLUMNS) + 2))
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in COLUMNS)
    await conn.execute(
        f"INSERT INTO experts (id, {', '.join(COLUMNS)}) VALUES ({placeholders})"
        f" ON CONFLICT (id) DO UPDATE SET {updates}, updated_at = now()",
        *values(expert),
    )
    await conn.execute("DELETE FROM expert_search WHERE expert_id = $1", expert.id)
    await conn.execute("UPDATE search_generation SET n = n + 1")
    if expert.status == "published":
        kinds = await conn.fetch("SELECT kind FROM organisations WHERE id = ANY($1::uuid[])",
                                 list(expert.organisation_ids))
        await insert_search_rows(conn, [search_row(expert, await taxonomy(conn), [k["kind"] for k in kinds])])


SEARCH_INSERT = """
INSERT INTO expert_search (expert_id, name, name_key, organisation_ids, organisation_kinds,
    pub_document, pub_city, pub_country, pub_languages, pub_skills, pub_roles,
    net_document, net_city, net_country, net_languages, net_skills, net_roles)
SELECT r.expert_id, r.name, r.name_key, r.organisation_ids, r.organisation_kinds,
    setweight(to_tsvector('simple', r.name_text), 'A') || setweight(to_tsvector('simple', r.pub_skills_text), 'B')
        || setweight(to_tsvector('simple', r.pub_bio_text), 'C'),
    r.pub_city, r.pub_country, r.pub_languages, r.pub_skills, r.pub_roles,
    setweight(to_tsvector('simple', r.name_text), 'A') || setweight(to_tsvector('simple', r.net_skills_text), 'B')
        || setweight(to_tsvector('simple', r.net_bio_text), 'C'),
    r.net_city, r.net_country, r.net_languages, r.net_skills, r.net_roles
FROM jsonb_to_recordset($1::jsonb) AS r(
    expert_id uuid, name text, name_key text, name_text text, organisation_ids uuid[], organisation_kinds text[],
    pub_bio_text text, pub_skills_text text, pub_city text, pub_country text,
    pub_languages text[], pub_skills text[], pub_roles text[],
    net_bio_text text, net_skills_text text, net_city text, net_country text,
    net_languages text[], net_skills text[], net_roles text[])
"""


async def insert_search_rows(conn: asyncpg.Connection, rows: list[dict]) -> None:
    await conn.execute("UPDATE search_generation SET n = n + 1")
    await conn.execute(SEARCH_INSERT, [{k: str(v) if isinstance(v, UUID) else v for k, v in r.items()} | {
        "organisation_ids": [str(o) for o in r["organisation_ids"]]} for r in rows])


async def load(conn: asyncpg.Connection, expert_id: UUID, *, lock: bool = False) -> Expert | None:
    row = await conn.fetchrow("SELECT * FROM experts WHERE id = $1" + (" FOR UPDATE" if lock else ""), expert_id)
    return from_row(row) if row else None


def from_row(row: asyncpg.Record) -> Expert:
    values = {c: row[c] for c in COLUMNS}
    values |= {"organisation_ids": tuple(row["organisation_ids"]), "skills": tuple(row["skills"]),
               "languages": tuple(row["languages"]), "roles": tuple(ExpertRole(r) for r in row["roles"]),
               "country": row["country"].strip() if row["country"] else None}
    return Expert(id=row["id"], **values)


async def load_many(conn: asyncpg.Connection, ids: list[UUID]) -> dict[UUID, Expert]:
    rows = await conn.fetch("SELECT * FROM experts WHERE id = ANY($1::uuid[])", ids)
    return {r["id"]: from_row(r) for r in rows}
