"""Organisation storage: SQL in, domain objects and read models out."""

from uuid import UUID

import asyncpg

from services.registry.organisations.domain import Organisation
from services.registry.search import fold, words
from shared.contracts.registry import OrganisationKind, OrganisationStatus

UNIQUE_NAME = "organisations_unique_name"  # the index of the name rule, see organisation_name_key in SQL
_ORG_COLUMNS = ("name", "kind", "country", "city", "website", "description", "names", "sectors",
                "contact_email", "status")


def _org_values(org: Organisation) -> list:
    return [org.id, org.name, org.kind.value, org.country, org.city, org.website, org.description,
            org.names, list(org.sectors), org.contact_email, org.status.value,
            fold(" ".join([org.name, *org.names.values()]))]


async def add_organisation(conn: asyncpg.Connection, org: Organisation) -> None:
    await conn.execute(
        f"INSERT INTO organisations (id, {', '.join(_ORG_COLUMNS)}, name_key)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        *_org_values(org),
    )


async def save_organisation(conn: asyncpg.Connection, org: Organisation) -> None:
    """A row marked a duplicate of an older one stops being one once renamed or moved (then the index checks it)."""
    assignments = ", ".join(f"{c} = ${i}" for i, c in enumerate([*_ORG_COLUMNS, "name_key"], start=2))
    await conn.execute(f"UPDATE organisations SET duplicate_of = CASE WHEN (name, country, city) IS NOT DISTINCT"
                       f" FROM ($2, $4, $5) THEN duplicate_of END, {assignments}, updated_at = now() WHERE id = $1",
                       *_org_values(org))


async def same_name(conn: asyncpg.Connection, org: Organisation) -> dict | None:
    """Another organisation with `org`'s name in its city (by the normalised key), the oldest first."""
    row = await conn.fetchrow(
        "SELECT id, name, city, country FROM organisations WHERE id <> $1 AND country = $2"
        " AND organisation_name_key(city) = organisation_name_key($3)"
        " AND organisation_name_key(name) = organisation_name_key($4)"
        " ORDER BY duplicate_of IS NOT NULL, created_at, id LIMIT 1", org.id, org.country, org.city, org.name)
    return dict(row) if row else None


async def load_organisation(conn: asyncpg.Connection, organisation_id: UUID, *, lock: bool = False) -> Organisation | None:
    row = await conn.fetchrow(
        "SELECT * FROM organisations WHERE id = $1" + (" FOR UPDATE" if lock else ""), organisation_id
    )
    if row is None:
        return None
    values = {c: row[c] for c in _ORG_COLUMNS}
    values |= {"kind": OrganisationKind(row["kind"]), "status": OrganisationStatus(row["status"]),
               "sectors": tuple(row["sectors"]), "country": row["country"].strip()}
    return Organisation(id=row["id"], **values)


async def get_organisation(conn: asyncpg.Connection, organisation_id: UUID) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM organisations WHERE id = $1", organisation_id)
    return dict(row) if row else None


async def list_organisations(conn: asyncpg.Connection, *, limit: int, after: UUID | None, q: str | None = None,
                             kind: str | None = None, country: str | None = None, city: str | None = None,
                             sector: str | None = None) -> list[dict]:
    """Organisations in id order; `q` matches a word of the name (any language, typos allowed) or description."""
    async with conn.transaction():
        # Looser than the default 0.6, so a name with a typo or two is still found.
        await conn.execute("SET LOCAL pg_trgm.word_similarity_threshold = 0.45")
        rows = await conn.fetch(
            "SELECT * FROM organisations WHERE ($1::uuid IS NULL OR id > $1)"
            " AND ($3::text IS NULL OR $3 <% name_key"
            "      OR to_tsvector('simple', lower(name) || ' ' || coalesce(lower(description), ''))"
            "         @@ websearch_to_tsquery('simple', $4))"
            " AND ($5::text IS NULL OR kind = $5) AND ($6::text IS NULL OR country = $6)"
            " AND ($7::text IS NULL OR lower(city) = $7) AND ($8::text IS NULL OR $8 = ANY(sectors))"
            " ORDER BY id LIMIT $2",
            after, limit, fold(q) if q else None, words(q), kind, country, city.lower() if city else None, sector,
        )
    return [dict(r) for r in rows]


async def unknown_organisations(conn: asyncpg.Connection, ids: list[UUID]) -> list[UUID]:
    known = await conn.fetch("SELECT id FROM organisations WHERE id = ANY($1::uuid[])", ids)
    known_ids = {r["id"] for r in known}
    return [i for i in ids if i not in known_ids]


async def exists(conn: asyncpg.Connection, organisation_id: UUID) -> bool:
    return bool(await conn.fetchval("SELECT true FROM organisations WHERE id = $1", organisation_id))
