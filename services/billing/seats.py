"""The projection of what is on sale, and the only SQL that moves seat counters.

Every counter change is one conditional UPDATE, so PostgreSQL re-checks capacity
against the latest committed row however many buyers race. Callers touching several
ticket types do so in ticket-type id order, so that transactions never deadlock.
"""

from collections.abc import Sequence
from uuid import UUID

import asyncpg

from services.billing import organisers
from services.billing.inventory import EventOnSale, Seats, TicketType
from shared import telemetry, topics
from shared.contracts.billing import SeatsAvailabilityChanged
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


async def hold_and_announce(conn: asyncpg.Connection, ticket_type_id: UUID, event_id: UUID,
                            quantity: int) -> Seats | None:
    """Hold seats if that many are left (None if not), its SeatsAvailabilityChanged in the same statement.

    Under a rush every buyer queues for this row's lock, held from here to the commit;
    one statement instead of two keeps that as short as it can be.
    """
    return await _move_and_announce(conn, "held = held + $2 WHERE id = $1 AND sold + held + $2 <= capacity",
                                    ticket_type_id, event_id, quantity)


async def sell_held_and_announce(conn: asyncpg.Connection, ticket_type_id: UUID, event_id: UUID,
                                 quantity: int) -> Seats:
    """A paid order's held seats become sold; callers do this last, just before their commit."""
    return await _move_and_announce(conn, "held = held - $2, sold = sold + $2 WHERE id = $1",
                                    ticket_type_id, event_id, quantity)


async def _move_and_announce(conn: asyncpg.Connection, change: str, ticket_type_id: UUID, event_id: UUID,
                             quantity: int) -> Seats | None:
    """One UPDATE of the counters plus the outbox row `shared.outbox.record` would write, its counters
    filled in by PostgreSQL."""
    trace = telemetry.current_trace_headers()
    draft = SeatsAvailabilityChanged(aggregate_id=ticket_type_id, event_id=event_id, capacity=0, sold=0, held=0,
                                     left=0).model_copy(update=trace)
    row = await conn.fetchrow(
        f"WITH seats AS (UPDATE ticket_types SET {change} {_COUNTERS}), announced AS ("
        " INSERT INTO outbox (message_id, topic, message_key, event_type, payload, headers)"
        " SELECT $3, $4, $1::text, 'SeatsAvailabilityChanged', $5::jsonb || jsonb_build_object('capacity', capacity,"
        "  'sold', sold, 'held', held, 'left', greatest(capacity - sold - held, 0)), $6::jsonb FROM seats)"
        " SELECT * FROM seats",
        ticket_type_id, quantity, draft.message_id, topics.BILLING_INVENTORY.name, draft.model_dump(mode="json"),
        trace,
    )
    return _seats(row) if row else None


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
    event = await conn.fetchrow("SELECT id, title, cancelled_at FROM events WHERE id = $1", event_id)
    if event is None:
        return None
    rows = await conn.fetch("SELECT * FROM ticket_types WHERE event_id = $1 ORDER BY name, id", event_id)
    on_sale = EventOnSale(event["id"], event["title"], {row["id"]: _ticket_type(row) for row in rows},
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
