"""Who organises what: each event's co-organisers (partnerships or organisations) and partnerships' members.

An organiser of an event is an admin of an organisation co-organising it on its own, or
of a member of a partnership co-organising it; platform operators may act on every event.
Both halves are projections: organisers from EventPublished, members from PartnershipFormed and the
membership changes after it (PartnershipMemberAdded, PartnershipMemberRemoved).
"""

from collections.abc import Sequence
from uuid import UUID

import asyncpg

from shared.auth import Principal, Role
from shared.contracts.events import Organiser
from shared.contracts.registry import PartnershipFormed, PartnershipMemberAdded, PartnershipMemberRemoved
from shared.errors import Forbidden, NotFound


async def project_event(conn: asyncpg.Connection, event_id: UUID, organisers: Sequence[Organiser]) -> None:
    """The latest publication's organisers replace the earlier ones."""
    await conn.execute("DELETE FROM event_organisers WHERE event_id = $1", event_id)
    await conn.executemany(
        "INSERT INTO event_organisers (event_id, partnership_id, organisation_id, lead, revenue_share_bps)"
        " VALUES ($1, $2, $3, $4, $5)",
        [(event_id, o.partnership_id, o.organisation_id, o.lead, o.revenue_share_bps) for o in organisers],
    )


async def project_partnership(conn: asyncpg.Connection,
                              event: PartnershipFormed | PartnershipMemberAdded | PartnershipMemberRemoved) -> None:
    await conn.execute("DELETE FROM partnership_members WHERE partnership_id = $1", event.aggregate_id)
    await conn.executemany(
        "INSERT INTO partnership_members (partnership_id, organisation_id, role) VALUES ($1, $2, $3)",
        [(event.aggregate_id, m.organisation_id, m.role.value) for m in event.members],
    )


async def of_event(conn: asyncpg.Connection, event_id: UUID) -> list[Organiser]:
    rows = await conn.fetch(
        "SELECT partnership_id, organisation_id, lead, revenue_share_bps FROM event_organisers WHERE event_id = $1"
        " ORDER BY lead DESC, organiser_id", event_id)
    return [Organiser(**dict(row)) for row in rows]


async def require_organiser(conn: asyncpg.Connection, principal: Principal, event_id: UUID, action: str) -> None:
    """404 for an event billing does not know; 403 unless the caller organises it (or operates the platform)."""
    if not await conn.fetchval("SELECT true FROM events WHERE id = $1", event_id):
        raise NotFound(f"event {event_id} not found")
    if principal.operator:
        return
    admin_of = [o for o, role in principal.organisations.items() if role == Role.ADMIN]
    organises = await conn.fetchval(
        "SELECT true FROM event_organisers eo LEFT JOIN partnership_members pm USING (partnership_id)"
        " WHERE eo.event_id = $1 AND (pm.organisation_id = ANY($2::uuid[]) OR eo.organisation_id = ANY($2::uuid[]))"
        " LIMIT 1",
        event_id, admin_of,
    )
    if not organises:
        raise Forbidden(f"{action} needs an admin of an organisation co-organising event {event_id}")
