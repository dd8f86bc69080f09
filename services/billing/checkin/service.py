"""Door check-in: a scanned code admits its ticket once; scanning again says when."""

from uuid import UUID

import asyncpg

from services.billing.checkin import domain, repository
from shared.unit_of_work import UnitOfWork


async def check_in(pool: asyncpg.Pool, *, event_id: UUID, code: str) -> dict:
    """admitted / already_checked_in (at T) / invalid / other_event."""
    async with UnitOfWork(pool) as uow:
        ticket = await repository.scanned(uow.conn, code)
        if (refused := domain.refusal(ticket, event_id)) is not None:
            return refused
        at = await repository.check_in(uow.conn, ticket["id"])
        uow.collect(domain.checked_in(ticket, at))
    return {"result": "admitted", "checked_in_at": at, "detail": "admitted", "ticket_id": ticket["id"],
            "ticket_type_name": ticket["ticket_type_name"]}


async def counts(pool: asyncpg.Pool, *, event_id: UUID) -> list[dict]:
    """Per ticket type: tickets that admit someone, and how many were checked in."""
    async with pool.acquire() as conn:
        return [dict(row) for row in await repository.counts(conn, event_id)]
