"""The projection of what is on sale, and the only SQL that moves seat counters.

Every counter change is one conditional UPDATE, so PostgreSQL re-checks capacity
against the latest committed row however many buyers race. Holds and sales of held
seats, the moves of a sales rush, are applied at commit (migration 0009). Callers
touching several ticket types do so in ticket-type id order, so that transactions
never deadlock.
"""

from collections.abc import Sequence
from uuid import UUID

import asyncpg

from services.billing import organisers
from services.billing.inventory import EventOnSale, Seats, TicketType
from shared import outbox
from shared.contracts.events import EventPublished, TicketTypeOffer
from shared.money import Money

_COUNTERS = "RETURNING id, event_id, capacity, sold, held"


async def project(conn: asyncpg.Connection, event: EventPublished) -> list[Seats]:
    """Upsert a publication unless a newer one was applied; seats sold and held stay as they are."""
    newer = await conn.fetchval(
        "INSERT INTO events (id, title, starts_at, published_at) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, starts_at = EXCLUDED.starts_at,"
        " published_at = EXCLUDED.published_at, updated_at = now()"
        " WHERE events.published_at < EXCLUDED.published_at RETURNING true",
        event.aggregate_id, event.title, event.starts_at, event.occurred_at,
    )
    if not newer:
        return []
    await organisers.project_event(conn, event.aggregate_id, event.organisers)
    rows = await _upsert_offers(conn, event.aggregate_id, event.ticket_types, on_sale=True)
    # A ticket type left out of the latest publication is withdrawn, its sold seats kept.
    await conn.execute(
        "UPDATE ticket_types SET on_sale = false WHERE event_id = $1 AND NOT id = ANY($2::uuid[])",
        event.aggregate_id, [o.ticket_type_id for o in event.ticket_types],
    )
    return [_seats(row) for row in rows]


async def project_offer(conn: asyncpg.Connection, event_id: UUID, offer: TicketTypeOffer, *,
                        on_sale: bool) -> list[Seats]:
    """A ticket type added or changed after publication; billing sells only events it saw published."""
    if not await conn.fetchval("SELECT true FROM events WHERE id = $1", event_id):
        return []
    return [_seats(row) for row in await _upsert_offers(conn, event_id, [offer], on_sale=on_sale)]


async def _upsert_offers(conn: asyncpg.Connection, event_id: UUID, offers: Sequence[TicketTypeOffer], *,
                         on_sale: bool) -> list[asyncpg.Record]:
    offers = sorted(offers, key=lambda t: t.ticket_type_id)
    return await conn.fetch(
        "INSERT INTO ticket_types (id, event_id, name, price_amount, currency, capacity, max_per_order,"
        " sales_start, sales_end, on_sale)"
        " SELECT t.id, $1, t.name, t.amount, t.currency, t.capacity, t.max_per_order, t.sales_start, t.sales_end, $10"
        " FROM unnest($2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::int[], $7::int[],"
        "  $8::timestamptz[], $9::timestamptz[])"
        "  AS t(id, name, amount, currency, capacity, max_per_order, sales_start, sales_end) ORDER BY t.id"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, price_amount = EXCLUDED.price_amount,"
        " currency = EXCLUDED.currency, capacity = EXCLUDED.capacity, max_per_order = EXCLUDED.max_per_order,"
        " sales_start = EXCLUDED.sales_start, sales_end = EXCLUDED.sales_end, on_sale = EXCLUDED.on_sale"
        " WHERE ticket_types.event_id = EXCLUDED.event_id " + _COUNTERS,
        event_id, [o.ticket_type_id for o in offers], [o.name for o in offers],
        [o.price.amount for o in offers], [o.price.currency for o in offers], [o.capacity for o in offers],
        [o.max_per_order for o in offers], [o.sales_start for o in offers], [o.sales_end for o in offers], on_sale,
    )


async def event_on_sale(conn: asyncpg.Connection, event_id: UUID) -> EventOnSale | None:
    found = await availability(conn, event_id)
    return found[0] if found else None


async def sell_held_at_commit(conn: asyncpg.Connection, ticket_type_id: UUID, event_id: UUID,
                              quantity: int) -> None:
    """A paid order's held seats become sold when the transaction commits."""
    await _move_at_commit(conn, ticket_type_id, event_id, held=-quantity, sold=quantity)


class SeatsSoldOut(Exception):
    def __init__(self, ticket_type_id: UUID) -> None:
        super().__init__(f"seats of ticket type {ticket_type_id} ran out")
        self.ticket_type_id = ticket_type_id


def sold_out_at_commit(error: asyncpg.PostgresError) -> SeatsSoldOut | None:
    """The failed commit's sold-out ticket type, if that is why it failed: a seat move journalled
    to hold seats (reservation_repository) found too few left when applied (migration 0009)."""
    if isinstance(error, asyncpg.RaiseError) and error.message == "seats_sold_out":
        return SeatsSoldOut(UUID(error.detail))
    return None


async def _move_at_commit(conn: asyncpg.Connection, ticket_type_id: UUID, event_id: UUID, *, held: int,
                          sold: int) -> None:
    """Journal a counter move; a deferred trigger applies it while PostgreSQL commits, so the row every
    buyer needs is never locked across a client round trip. `announce_due` then announces it."""
    await conn.execute("INSERT INTO seat_moves (ticket_type_id, held, sold) VALUES ($1, $2, $3)",
                       ticket_type_id, held, sold)


async def announce_due(conn: asyncpg.Connection) -> int:
    """One SeatsAvailabilityChanged per ticket type moved since the last call, with its latest counters.

    Rows a committing buyer holds are skipped: they stay due for the next call."""
    async with conn.transaction():
        rows = await conn.fetch(
            "UPDATE ticket_types SET announce_due = false WHERE id IN ("
            " SELECT id FROM ticket_types WHERE announce_due ORDER BY id FOR UPDATE SKIP LOCKED) " + _COUNTERS
        )
        await outbox.record(conn, [_seats(row).changed() for row in rows])
    return len(rows)


async def release(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> Seats:
    row = await conn.fetchrow(
        "UPDATE ticket_types SET held = held - $2 WHERE id = $1 " + _COUNTERS, ticket_type_id, quantity
    )
    return _seats(row)


async def sell_free(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> Seats | None:
    """Sell seats nobody holds (a payment that outlived its hold); None if too few are left."""
    row = await conn.fetchrow(
        "UPDATE ticket_types SET sold = sold + $2 WHERE id = $1 AND sold + held + $2 <= capacity " + _COUNTERS,
        ticket_type_id, quantity,
    )
    return _seats(row) if row else None


async def unsell(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> Seats:
    """Seats of a refunded order go back on sale."""
    row = await conn.fetchrow(
        "UPDATE ticket_types SET sold = sold - $2 WHERE id = $1 " + _COUNTERS, ticket_type_id, quantity
    )
    return _seats(row)


async def event_cancelled(conn: asyncpg.Connection, event_id: UUID) -> bool:
    return bool(await conn.fetchval("SELECT cancelled_at IS NOT NULL FROM events WHERE id = $1", event_id))


async def availability(conn: asyncpg.Connection, event_id: UUID) -> tuple[EventOnSale, list[Seats]] | None:
    """The event with every ticket type (withdrawn ones too) and its counters."""
    rows = await conn.fetch(
        "SELECT e.title AS event_title, e.cancelled_at, t.* FROM events e"
        " LEFT JOIN ticket_types t ON t.event_id = e.id WHERE e.id = $1 ORDER BY t.name, t.id", event_id)
    if not rows:
        return None
    event, rows = rows[0], [row for row in rows if row["id"] is not None]  # no ticket types: one row of NULLs
    on_sale = EventOnSale(event_id, event["event_title"], {row["id"]: _ticket_type(row) for row in rows},
                          cancelled=event["cancelled_at"] is not None)
    return on_sale, [_seats(row) for row in rows]


def _seats(row: asyncpg.Record) -> Seats:
    return Seats(row["id"], row["event_id"], row["capacity"], row["sold"], row["held"])


def _ticket_type(row: asyncpg.Record) -> TicketType:
    return TicketType(
        id=row["id"], event_id=row["event_id"], name=row["name"],
        price=Money(amount=row["price_amount"], currency=row["currency"]), capacity=row["capacity"],
        max_per_order=row["max_per_order"], sales_start=row["sales_start"], sales_end=row["sales_end"],
        on_sale=row["on_sale"],
    )
