"""Tickets as the door sees them: found by code, checked in once, counted per ticket type."""

from datetime import datetime
from uuid import UUID

import asyncpg


async def scanned(conn: asyncpg.Connection, code: str) -> asyncpg.Record | None:
    """The ticket with this code and its order's event, locked: two scanners of one ticket agree."""
    return await conn.fetchrow(
        "SELECT t.id, t.order_id, t.ticket_type_id, t.ticket_type_name, t.status, t.checked_in_at, o.event_id"
        " FROM tickets t JOIN orders o ON o.id = t.order_id WHERE t.code = $1 FOR UPDATE OF t", code)


async def check_in(conn: asyncpg.Connection, ticket_id: UUID) -> datetime:
    return await conn.fetchval("UPDATE tickets SET checked_in_at = now() WHERE id = $1 RETURNING checked_in_at",
                               ticket_id)


async def counts(conn: asyncpg.Connection, event_id: UUID) -> list[asyncpg.Record]:
    return await conn.fetch(
        "SELECT tt.id AS ticket_type_id, tt.name,"
        " count(t.id) FILTER (WHERE t.status = 'valid') AS issued,"
        " count(t.checked_in_at) FILTER (WHERE t.status = 'valid') AS checked_in"
        " FROM ticket_types tt LEFT JOIN tickets t ON t.ticket_type_id = tt.id"
        " WHERE tt.event_id = $1 GROUP BY tt.id, tt.name ORDER BY tt.name, tt.id", event_id)
