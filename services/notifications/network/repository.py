"""What notifications learns about the network from the bus, to tell whom an event concerns."""

from collections.abc import Iterable
from typing import Any
from uuid import UUID

import asyncpg


async def put_partnership(conn: asyncpg.Connection, partnership_id: UUID, organisation_ids: Iterable[UUID]) -> None:
    """The members replace the earlier ones: one who left is gone."""
    await conn.execute("DELETE FROM partnership_members WHERE partnership_id = $1", partnership_id)
    await conn.executemany(
        "INSERT INTO partnership_members (partnership_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        [(partnership_id, o) for o in organisation_ids],
    )


async def organisations_of(conn: asyncpg.Connection, partnership_ids: Iterable[UUID]) -> list[UUID]:
    return [r["organisation_id"] for r in await conn.fetch(
        "SELECT DISTINCT organisation_id FROM partnership_members WHERE partnership_id = ANY($1::uuid[])",
        list(partnership_ids),
    )]


async def add_event(conn: asyncpg.Connection, event_id: UUID, organisers: Iterable[Any],
                    facts: dict | None = None) -> None:
    """`organisers`: the event's Organiser entries, each a partnership or an organisation."""
    organisers = list(organisers)
    await conn.executemany(
        "INSERT INTO event_organisers (event_id, partnership_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        [(event_id, o.partnership_id) for o in organisers if o.partnership_id is not None],
    )
    await conn.executemany(
        "INSERT INTO event_organiser_organisations (event_id, organisation_id) VALUES ($1, $2)"
        " ON CONFLICT DO NOTHING",
        [(event_id, o.organisation_id) for o in organisers if getattr(o, "organisation_id", None) is not None],
    )
    if facts is not None:
        await update_facts(conn, event_id, facts)


async def update_facts(conn: asyncpg.Connection, event_id: UUID, facts: dict) -> None:
    await conn.execute(
        "INSERT INTO event_facts (event_id, facts) VALUES ($1, $2)"
        " ON CONFLICT (event_id) DO UPDATE SET facts = event_facts.facts || EXCLUDED.facts",
        event_id, facts,
    )


async def facts_of(conn: asyncpg.Connection, event_id: UUID) -> dict:
    return await conn.fetchval("SELECT facts FROM event_facts WHERE event_id = $1", event_id) or {}


async def organisers_of(conn: asyncpg.Connection, event_id: UUID) -> list[UUID]:
    """The organisations that organise the event, themselves or through a partnership."""
    return [r["organisation_id"] for r in await conn.fetch(
        "SELECT m.organisation_id FROM event_organisers e"
        " JOIN partnership_members m USING (partnership_id) WHERE e.event_id = $1"
        " UNION SELECT organisation_id FROM event_organiser_organisations WHERE event_id = $1",
        event_id,
    )]


async def add_ticket_holder(conn: asyncpg.Connection, event_id: UUID, email: str) -> None:
    await conn.execute(
        "INSERT INTO ticket_holders (event_id, email) VALUES ($1, $2) ON CONFLICT DO NOTHING", event_id, email.casefold()
    )


async def ticket_holders(conn: asyncpg.Connection, event_id: UUID) -> list[str]:
    return [r["email"] for r in await conn.fetch("SELECT email FROM ticket_holders WHERE event_id = $1", event_id)]


async def add_order(conn: asyncpg.Connection, order_id: UUID, email: str, language: str) -> None:
    await conn.execute(
        "INSERT INTO order_buyers (order_id, email, language) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        order_id, email.casefold(), language,
    )


async def buyer_of(conn: asyncpg.Connection, order_id: UUID) -> str | None:
    return await conn.fetchval("SELECT email FROM order_buyers WHERE order_id = $1", order_id)


async def put_expert(conn: asyncpg.Connection, expert_id: UUID, organisation_ids: Iterable[UUID], *,
                     withdrawn: bool = False) -> None:
    await conn.execute(
        "INSERT INTO experts (expert_id, organisation_ids, withdrawn) VALUES ($1, $2, $3)"
        " ON CONFLICT (expert_id) DO UPDATE SET withdrawn = EXCLUDED.withdrawn,"
        " organisation_ids = CASE WHEN EXCLUDED.withdrawn THEN experts.organisation_ids"
        " ELSE EXCLUDED.organisation_ids END",
        expert_id, list(organisation_ids), withdrawn,
    )


async def organisations_of_expert(conn: asyncpg.Connection, expert_id: UUID) -> list[UUID] | None:
    """None when the registry never published this expert (or withdrew them)."""
    row = await conn.fetchrow("SELECT organisation_ids, withdrawn FROM experts WHERE expert_id = $1", expert_id)
    return None if row is None or row["withdrawn"] else list(row["organisation_ids"])
