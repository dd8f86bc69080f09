"""Seat counters: the only SQL that moves them, announces them and reads them with their quotas.

Every counter change is one conditional UPDATE, so PostgreSQL re-checks capacity
against the latest committed row however many buyers race. Holds and sales of held
seats, the moves of a sales rush, are applied at commit (migration 0009). Callers
touching several ticket types do so in ticket-type id order, so that transactions
never deadlock.
"""

from uuid import UUID

import asyncpg

from services.billing.seats.domain import EventOnSale, Seats, TicketType
from shared.money import Money


async def event_on_sale(conn: asyncpg.Connection, event_id: UUID) -> EventOnSale | None:
    found = await availability(conn, event_id)
    return found[0] if found else None


async def sell_held_at_commit(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> None:
    """A paid order's held seats become sold when the transaction commits: the move is journalled and a
    deferred trigger applies it (migration 0009), so the row every buyer needs is never locked across a
    client round trip. `service.announce_due` then announces it."""
    await conn.execute("INSERT INTO seat_moves (ticket_type_id, held, sold) VALUES ($1, $2, $3)",
                       ticket_type_id, -quantity, quantity)


def sold_out_at_commit(error: asyncpg.PostgresError) -> UUID | None:
    """The ticket type a failed commit ran out of, if that is why it failed: a seat move journalled
    to hold seats (orders.repository.place) found too few left when applied (migration 0009)."""
    if isinstance(error, asyncpg.RaiseError) and error.message == "seats_sold_out":
        return UUID(error.detail)
    return None


async def take_due(conn: asyncpg.Connection) -> list[Seats]:
    """In the caller's transaction: the latest counters of every ticket type whose counters moved since the
    last call (and of every type sharing a quota with one), no longer due. Rows a committing buyer holds are
    skipped: they stay due for the next call."""
    due = await conn.fetch(
        "UPDATE ticket_types SET announce_due = false WHERE id IN ("
        " SELECT id FROM ticket_types WHERE announce_due ORDER BY id FOR UPDATE SKIP LOCKED)"
        " RETURNING id, event_id, quota"
    )
    if not due:
        return []
    rows = await conn.fetch(
        _WITH_QUOTA_LEFT + " WHERE t.id = ANY($1::uuid[])"
        " OR (t.event_id, t.quota) IN (SELECT * FROM unnest($2::uuid[], $3::text[]))",
        [r["id"] for r in due], [r["event_id"] for r in due if r["quota"]], [r["quota"] for r in due if r["quota"]],
    )
    return [_seats(row) for row in rows]


async def release(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> None:
    await conn.execute("UPDATE ticket_types SET held = held - $2, announce_due = true WHERE id = $1",
                       ticket_type_id, quantity)


async def sell_free(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> bool:
    """Sell seats nobody holds (a payment that outlived its hold); False if too few are left, in the
    type or in its shared quota (whose row is locked first, as at commit: see migration 0010)."""
    quota = await conn.fetchrow(
        "SELECT q.* FROM quotas q JOIN ticket_types t ON t.event_id = q.event_id AND t.quota = q.name"
        " WHERE t.id = $1 FOR UPDATE OF q", ticket_type_id)
    if quota is not None and quota["capacity"] < quantity + await conn.fetchval(
            "SELECT coalesce(sum(sold + held), 0) FROM ticket_types WHERE event_id = $1 AND quota = $2",
            quota["event_id"], quota["name"]):
        return False
    return bool(await conn.fetchval(
        "UPDATE ticket_types SET sold = sold + $2, announce_due = true"
        " WHERE id = $1 AND sold + held + $2 <= capacity RETURNING true",
        ticket_type_id, quantity,
    ))


async def unsell(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> None:
    """Seats of a refunded order go back on sale."""
    await conn.execute("UPDATE ticket_types SET sold = sold - $2, announce_due = true WHERE id = $1",
                       ticket_type_id, quantity)


async def event_cancelled(conn: asyncpg.Connection, event_id: UUID) -> bool:
    return bool(await conn.fetchval("SELECT cancelled_at IS NOT NULL FROM events WHERE id = $1", event_id))


async def availability(conn: asyncpg.Connection, event_id: UUID) -> tuple[EventOnSale, list[Seats]] | None:
    """The event with every ticket type (withdrawn and hidden ones too) and its counters."""
    rows = await conn.fetch(
        "SELECT e.title AS event_title, e.cancelled_at, e.hold_minutes, c.* FROM events e LEFT JOIN LATERAL (" + _WITH_QUOTA_LEFT + " WHERE t.event_id = e.id) c ON true"
        " WHERE e.id = $1 ORDER BY c.name, c.id", event_id)
    if not rows:
        return None
    event, rows = rows[0], [row for row in rows if row["id"] is not None]  # no ticket types: one row of NULLs
    on_sale = EventOnSale(event_id, event["event_title"], {row["id"]: _ticket_type(row) for row in rows},
                          cancelled=event["cancelled_at"] is not None, hold_minutes=event["hold_minutes"])
    return on_sale, [_seats(row) for row in rows]


# Every column of a ticket type, and what is left of its shared quota (NULL without one).
_WITH_QUOTA_LEFT = (
    "SELECT t.*, q.capacity - (SELECT sum(s.sold + s.held) FROM ticket_types s"
    "  WHERE s.event_id = t.event_id AND s.quota = t.quota) AS quota_left"
    " FROM ticket_types t LEFT JOIN quotas q ON q.event_id = t.event_id AND q.name = t.quota"
)


def _seats(row: asyncpg.Record) -> Seats:
    return Seats(row["id"], row["event_id"], row["capacity"], row["sold"], row["held"],
                 quota=row["quota"], quota_left=row["quota_left"])


def _ticket_type(row: asyncpg.Record) -> TicketType:
    return TicketType(
        id=row["id"], event_id=row["event_id"], name=row["name"],
        price=Money(amount=row["price_amount"], currency=row["currency"]), capacity=row["capacity"],
        max_per_order=row["max_per_order"], sales_start=row["sales_start"], sales_end=row["sales_end"],
        on_sale=row["on_sale"], visibility=row["visibility"], quota=row["quota"],
    )
