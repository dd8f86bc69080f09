"""What the events service knows of the registry: a projection of its topics.

Every write is an upsert keyed by the registry's id, so replaying a topic from the
start rebuilds the same rows. `as_of` (the event's occurred_at) keeps a stale event
from overwriting a newer one.
"""

from collections.abc import Awaitable, Callable
from uuid import UUID

import asyncpg

from shared.contracts.registry import OrganisationRegistered, PartnershipFormed
from shared.envelope import Envelope


async def upsert_organisation(conn: asyncpg.Connection, event: OrganisationRegistered) -> None:
    await conn.execute(
        "INSERT INTO organisations (id, name, kind, country, city, as_of) VALUES ($1, $2, $3, $4, $5, $6)"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,"
        " country = EXCLUDED.country, city = EXCLUDED.city, as_of = EXCLUDED.as_of"
        " WHERE organisations.as_of <= EXCLUDED.as_of",
        event.aggregate_id, event.name, event.kind.value, event.country, event.city, event.occurred_at,
    )


async def upsert_partnership(conn: asyncpg.Connection, event: PartnershipFormed) -> None:
    changed = await conn.fetchval(
        "INSERT INTO partnerships (id, name, programme, as_of) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, programme = EXCLUDED.programme,"
        " as_of = EXCLUDED.as_of WHERE partnerships.as_of <= EXCLUDED.as_of RETURNING true",
        event.aggregate_id, event.name, event.programme, event.occurred_at,
    )
    if not changed:
        return
    # The event lists all members: replace them rather than merge.
    await conn.execute("DELETE FROM partnership_members WHERE partnership_id = $1", event.aggregate_id)
    await conn.executemany(
        "INSERT INTO partnership_members (partnership_id, organisation_id, role) VALUES ($1, $2, $3)",
        [(event.aggregate_id, m.organisation_id, m.role.value) for m in event.members],
    )


async def unknown_partnerships(conn: asyncpg.Connection, ids: list[UUID]) -> set[UUID]:
    """Of `ids`, those no active partnership in the projection has."""
    known = await conn.fetch(
        "SELECT id FROM partnerships WHERE id = ANY($1::uuid[]) AND status = 'active'", ids
    )
    return set(ids) - {row["id"] for row in known}


async def get_partnership(conn: asyncpg.Connection, partnership_id: UUID) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM partnerships WHERE id = $1", partnership_id)
    if row is None:
        return None
    members = await conn.fetch(
        "SELECT organisation_id, role FROM partnership_members WHERE partnership_id = $1 ORDER BY organisation_id",
        partnership_id,
    )
    return {**row, "members": [dict(m) for m in members]}


Projector = Callable[[asyncpg.Connection, Envelope], Awaitable[None]]

# What changes the projection, by registry event type; other types leave it alone.
PROJECTORS: dict[type[Envelope], Projector] = {
    OrganisationRegistered: upsert_organisation,
    PartnershipFormed: upsert_partnership,
}


async def project(conn: asyncpg.Connection, event: Envelope) -> None:
    if (projector := PROJECTORS.get(type(event))) is not None:
        await projector(conn, event)
