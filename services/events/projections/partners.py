"""What the events service knows of the registry: a projection of its topics.

Every write is an upsert keyed by the registry's id, so replaying a topic from the
start rebuilds the same rows. `as_of` (the event's occurred_at) keeps a stale event
from overwriting a newer one.
"""

from uuid import UUID

import asyncpg

from shared.contracts.registry import (
    OrganisationRegistered, OrganisationUpdated, PartnershipFormed, PartnershipMemberAdded, PartnershipMemberRemoved,
)
from shared.unit_of_work import UnitOfWork


async def upsert_organisation(uow: UnitOfWork, event: OrganisationRegistered | OrganisationUpdated) -> None:
    status = getattr(event, "status", "active")
    await uow.conn.execute(
        "INSERT INTO organisations (id, name, kind, country, city, status, as_of) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, country = EXCLUDED.country,"
        " city = EXCLUDED.city, status = EXCLUDED.status, as_of = EXCLUDED.as_of"
        " WHERE organisations.as_of <= EXCLUDED.as_of",
        event.aggregate_id, event.name, event.kind.value, event.country, event.city, str(status), event.occurred_at,
    )


async def upsert_partnership(uow: UnitOfWork, event: PartnershipFormed) -> None:
    changed = await uow.conn.fetchval(
        "INSERT INTO partnerships (id, name, programme, as_of) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, programme = EXCLUDED.programme,"
        " as_of = EXCLUDED.as_of WHERE partnerships.as_of <= EXCLUDED.as_of RETURNING true",
        event.aggregate_id, event.name, event.programme, event.occurred_at,
    )
    if changed:
        await _replace_members(uow.conn, event)


async def change_members(uow: UnitOfWork, event: PartnershipMemberAdded | PartnershipMemberRemoved) -> None:
    """A member joined or left: whose admins act for the partnership changes with it."""
    changed = await uow.conn.fetchval(
        "UPDATE partnerships SET as_of = $2 WHERE id = $1 AND as_of <= $2 RETURNING true",
        event.aggregate_id, event.occurred_at,
    )
    if changed:
        await _replace_members(uow.conn, event)


async def _replace_members(conn: asyncpg.Connection, event) -> None:
    # Each of these events lists all members: replace them rather than merge.
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


async def members_of(conn: asyncpg.Connection, partnership_ids: list[UUID]) -> dict[UUID, set[UUID]]:
    """The member organisations of each partnership: whose admins may act for it."""
    members: dict[UUID, set[UUID]] = {p: set() for p in partnership_ids}
    for row in await conn.fetch(
        "SELECT partnership_id, organisation_id FROM partnership_members WHERE partnership_id = ANY($1::uuid[])",
        partnership_ids,
    ):
        members[row["partnership_id"]].add(row["organisation_id"])
    return members


async def directory(conn: asyncpg.Connection, partnership_ids: list[UUID]) -> dict[UUID, dict]:
    """Public names of partnerships and their member organisations, for an event's page."""
    rows = await conn.fetch(
        "SELECT p.id, p.name, p.programme, coalesce(array_agg(o.name ORDER BY o.name)"
        " FILTER (WHERE o.name IS NOT NULL), '{}') AS organisations FROM partnerships p"
        " LEFT JOIN partnership_members m ON m.partnership_id = p.id"
        " LEFT JOIN organisations o ON o.id = m.organisation_id"
        " WHERE p.id = ANY($1::uuid[]) GROUP BY p.id",
        partnership_ids,
    )
    return {row["id"]: dict(row) for row in rows}
