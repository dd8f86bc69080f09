"""Door check-in: a scanned code admits its ticket once; scanning again says when."""

from uuid import UUID

import asyncpg

from shared import outbox
from shared.contracts.billing import TicketCheckedIn


async def check_in(pool: asyncpg.Pool, event_id: UUID, code: str) -> dict:
    """admitted / already_checked_in (at T) / invalid / other_event; the row lock makes two scanners agree."""
    async with pool.acquire() as conn, conn.transaction():
        ticket = await conn.fetchrow(
            "SELECT t.id, t.order_id, t.ticket_type_id, t.ticket_type_name, t.status, t.checked_in_at, o.event_id"
            " FROM tickets t JOIN orders o ON o.id = t.order_id WHERE t.code = $1 FOR UPDATE OF t", code)
        if ticket is None:
            return {"result": "invalid", "detail": "no ticket has this code"}
        if ticket["event_id"] != event_id:
            return {"result": "other_event", "detail": "this ticket is for another event"}
        seen = {"ticket_id": ticket["id"], "ticket_type_name": ticket["ticket_type_name"]}
        if ticket["status"] != "valid":
            return {"result": "invalid", "detail": f"ticket was {ticket['status']}", **seen}
        if ticket["checked_in_at"] is not None:
            return {"result": "already_checked_in", "checked_in_at": ticket["checked_in_at"],
                    "detail": f"already checked in at {ticket['checked_in_at'].isoformat()}", **seen}
        at = await conn.fetchval("UPDATE tickets SET checked_in_at = now() WHERE id = $1 RETURNING checked_in_at",
                                 ticket["id"])
        await outbox.record(conn, [TicketCheckedIn(
            aggregate_id=ticket["order_id"], event_id=event_id, ticket_id=ticket["id"],
            ticket_type_id=ticket["ticket_type_id"], checked_in_at=at)])
    return {"result": "admitted", "checked_in_at": at, "detail": "admitted", **seen}


async def counts(pool: asyncpg.Pool, event_id: UUID) -> list[dict]:
    """Per ticket type: tickets that admit someone, and how many were checked in."""
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT tt.id AS ticket_type_id, tt.name,"
            " count(t.id) FILTER (WHERE t.status = 'valid') AS issued,"
            " count(t.checked_in_at) FILTER (WHERE t.status = 'valid') AS checked_in"
            " FROM ticket_types tt LEFT JOIN tickets t ON t.ticket_type_id = tt.id"
            " WHERE tt.event_id = $1 GROUP BY tt.id, tt.name ORDER BY tt.name, tt.id", event_id)
    return [dict(row) for row in rows]
