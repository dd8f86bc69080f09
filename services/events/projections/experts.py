"""The registry's published experts, projected: who may speak at or moderate a session.

Upserts keyed by the expert's id and guarded by `as_of`, so a replay rebuilds the same
rows and a stale redelivery cannot undo a newer change.
"""

from collections.abc import Iterable, Sequence
from uuid import UUID

import asyncpg

from services.events.event.content import Session
from shared.contracts.registry import ExpertPublished, ExpertWithdrawn
from shared.errors import DomainError
from shared.unit_of_work import UnitOfWork


async def upsert_expert(uow: UnitOfWork, event: ExpertPublished) -> None:
    await uow.conn.execute(
        "INSERT INTO experts (id, name, withdrawn, as_of) VALUES ($1, $2, false, $3)"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, withdrawn = false, as_of = EXCLUDED.as_of"
        " WHERE experts.as_of <= EXCLUDED.as_of",
        event.aggregate_id, event.name, event.occurred_at,
    )


async def withdraw_expert(uow: UnitOfWork, event: ExpertWithdrawn) -> None:
    await uow.conn.execute(
        "INSERT INTO experts (id, name, withdrawn, as_of) VALUES ($1, '', true, $2)"
        " ON CONFLICT (id) DO UPDATE SET withdrawn = true, as_of = EXCLUDED.as_of"
        " WHERE experts.as_of <= EXCLUDED.as_of",
        event.aggregate_id, event.occurred_at,
    )


async def available(conn: asyncpg.Connection, ids: Iterable[UUID]) -> set[UUID]:
    """Of `ids`, the experts the registry publishes now (known and not withdrawn)."""
    rows = await conn.fetch("SELECT id FROM experts WHERE id = ANY($1::uuid[]) AND NOT withdrawn", list(set(ids)))
    return {row["id"] for row in rows}


async def public_names(conn: asyncpg.Connection, ids: Iterable[UUID]) -> dict[UUID, str]:
    rows = await conn.fetch("SELECT id, name FROM experts WHERE id = ANY($1::uuid[]) AND NOT withdrawn",
                            list(set(ids)))
    return {row["id"]: row["name"] for row in rows}


async def require_published(conn: asyncpg.Connection, sessions: Sequence[Session]) -> None:
    """Speakers and moderators must be experts the registry publishes (not unknown, not withdrawn)."""
    published = await available(conn, [e for s in sessions for e in s.experts])
    for i, session in enumerate(sessions):
        for role in ("speakers", "moderators"):
            for j, expert_id in enumerate(getattr(session, role)):
                if expert_id not in published:
                    raise DomainError(
                        f"sessions[{i}].{role}[{j}]: expert {expert_id} is not a published expert of the registry"
                    )
