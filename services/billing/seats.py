"""The projection of what is on sale, and the only SQL that moves seat counters.

Every counter change is one conditional UPDATE, so PostgreSQL re-checks capacity
against the latest committed row however many buyers race. Callers touching several
ticket types do so in ticket-type id order, so that transactions never deadlock.
"""

from uuid import UUID

import asyncpg

from services.billing.inventory import EventOnSale, Seats, TicketType
from shared.contracts.events import EventPublished
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
    offers = sorted(event.ticket_types, key=lambda t: t.ticket_type_id)
    rows = await conn.fetch(
        "INSERT INTO ticket_types (id, event_id, name, price_amount, currency, capacity, max_per_order,"
        " sales_start, sales_end)"
        " SELECT t.id, $1, t.name, t.amount, t.currency, t.capacity, t.max_per_order, t.sales_start, t.sales_end"
        " FROM unnest($2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::int[], $7::int[],"
        "  $8::timestamptz[], $9::timestamptz[])"
        "  AS t(id, name, amount, currency, capacity, max_per_order, sales_start, sales_end) ORDER BY t.id"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, price_amount = EXCLUDED.price_amount,"
        " currency = EXCLUDED.currency, capacity = EXCLUDED.capacity, max_per_order = EXCLUDED.max_per_order,"
        " sales_start = EXCLUDED.sales_start, sales_end = EXCLUDED.sales_end, on_sale = true"
        " WHERE ticket_types.event_id = EXCLUDED.event_id " + _COUNTERS,
        event.aggregate_id, [o.ticket_type_id for o in offers], [o.name for o in offers],
        [o.price.amount for o in offers], [o.price.currency for o in offers], [o.capacity for o in offers],
        [o.max_per_order for o in offers], [o.sales_start for o in offers], [o.sales_end for o in offers],
    )
    # A ticket type left out of the latest publication is withdrawn, its sold seats kept.
    await conn.execute(
        "UPDATE ticket_types SET on_sale = false WHERE event_id = $1 AND NOT id = ANY($2::uuid[])",
        event.aggregate_id, [o.ticket_type_id for o in offers],
    )
    return [_seats(row) for row in rows]


async def event_on_sale(conn: asyncpg.Connection, event_id: UUID) -> EventOnSale | None:
    found = await availability(conn, event_id)
    return found[0] if found else None


async def hold(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> Seats | None:
    """Hold seats if that many are left; None if not."""
    row = await conn.fetchrow(
        "UPDATE ticket_types SET held = held + $2 WHERE id = $1 AND sold + held + $2 <= capacity " + _COUNTERS,
        ticket_type_id, quantity,
    )
    return _seats(row) if row else None


async def release(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> Seats:
    row = await conn.fetchrow(
        "UPDATE ticket_types SET held = held - $2 WHERE id = $1 " + _COUNTERS, ticket_type_id, quantity
    )
    return _seats(row)


async def sell_held(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> Seats:
    row = await conn.fetchrow(
        "UPDATE ticket_types SET held = held - $2, sold = sold + $2 WHERE id = $1 " + _COUNTERS,
        ticket_type_id, quantity,
    )
    return _seats(row)


async def sell_free(conn: asyncpg.Connection, ticket_type_id: UUID, quantity: int) -> Seats | None:
    """Sell seats nobody holds (a payment that outlived its hold); None if too few are left."""
    row = await conn.fetchrow(
        "UPDATE ticket_types SET sold = sold + $2 WHERE id = $1 AND sold + held + $2 <= capacity " + _COUNTERS,
        ticket_type_id, quantity,
    )
    return _seats(row) if row else None


async def availability(conn: asyncpg.Connection, event_id: UUID) -> tuple[EventOnSale, list[Seats]] | None:
    """The event with every ticket type (withdrawn ones too) and its counters."""
    event = await conn.fetchrow("SELECT id, title FROM events WHERE id = $1", event_id)
    if event is None:
        return None
    rows = await conn.fetch("SELECT * FROM ticket_types WHERE event_id = $1 ORDER BY name, id", event_id)
    on_sale = EventOnSale(event["id"], event["title"], {row["id"]: _ticket_type(row) for row in rows})
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
