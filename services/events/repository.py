"""Events storage: SQL in, domain objects out."""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg

from services.events.domain import Event, EventStatus
from services.events.values import Schedule, TicketType, Venue
from shared.contracts.events import EventKind, Organiser
from shared.money import Money


@dataclass(frozen=True)
class Listing:
    """Which published events to list; a period keeps events that overlap it."""

    city: str | None = None
    kind: EventKind | None = None
    starts_before: datetime | None = None  # the period's end ("to")
    ends_after: datetime | None = None  # the period's start ("from")


async def add(conn: asyncpg.Connection, event: Event) -> None:
    venue, schedule = event.venue, event.schedule
    await conn.execute(
        "INSERT INTO events (id, status, title, description, kind, starts_at, ends_at, timezone,"
        " venue_address, venue_city, venue_country, online_url)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        event.id, event.status.value, event.title, event.description, event.kind.value,
        schedule.starts_at, schedule.ends_at, schedule.timezone,
        venue and venue.address, venue and venue.city, venue and venue.country, event.online_url,
    )
    await conn.executemany(
        "INSERT INTO event_organisers (event_id, partnership_id, position, lead, revenue_share_bps)"
        " VALUES ($1, $2, $3, $4, $5)",
        [(event.id, o.partnership_id, i, o.lead, o.revenue_share_bps) for i, o in enumerate(event.organisers)],
    )
    for ticket_type in event.ticket_types:
        await add_ticket_type(conn, event, ticket_type)


async def add_ticket_type(conn: asyncpg.Connection, event: Event, t: TicketType) -> None:
    await conn.execute(
        "INSERT INTO ticket_types (id, event_id, position, name, price_amount, price_currency,"
        " capacity, max_per_order, sales_start, sales_end) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        t.id, event.id, event.ticket_types.index(t), t.name, t.price.amount, t.price.currency,
        t.capacity, t.max_per_order, t.sales_start, t.sales_end,
    )


async def save_status(conn: asyncpg.Connection, event: Event) -> None:
    await conn.execute(
        "UPDATE events SET status = $2, published_at = $3 WHERE id = $1",
        event.id, event.status.value, event.published_at,
    )


async def get(conn: asyncpg.Connection, event_id: UUID, *, for_update: bool = False) -> Event | None:
    """`for_update` locks the event until the transaction ends: changes to one event queue up."""
    lock = " FOR UPDATE" if for_update else ""
    row = await conn.fetchrow(f"SELECT * FROM events WHERE id = $1{lock}", event_id)
    return (await _hydrate(conn, [row]))[0] if row else None


async def list_published(
    conn: asyncpg.Connection, listing: Listing, *, limit: int, after: UUID | None
) -> list[Event]:
    """By start time; `after` is the last event of the previous page (keyset pagination)."""
    rows = await conn.fetch(
        "SELECT * FROM events WHERE status = 'published'"
        " AND ($1::text IS NULL OR lower(venue_city) = lower($1))"
        " AND ($2::text IS NULL OR kind = $2)"
        " AND ($3::timestamptz IS NULL OR starts_at < $3)"
        " AND ($4::timestamptz IS NULL OR ends_at > $4)"
        " AND ($5::uuid IS NULL OR (starts_at, id) > (SELECT starts_at, id FROM events WHERE id = $5))"
        " ORDER BY starts_at, id LIMIT $6",
        listing.city, listing.kind and listing.kind.value, listing.starts_before, listing.ends_after,
        after, limit,
    )
    return await _hydrate(conn, rows)


async def _hydrate(conn: asyncpg.Connection, rows: list[asyncpg.Record]) -> list[Event]:
    """Events with their organisers and ticket types: three queries, however many events."""
    ids = [row["id"] for row in rows]
    organisers: dict[UUID, list[Organiser]] = {i: [] for i in ids}
    for o in await conn.fetch(
        "SELECT * FROM event_organisers WHERE event_id = ANY($1::uuid[]) ORDER BY position", ids
    ):
        organisers[o["event_id"]].append(
            Organiser(partnership_id=o["partnership_id"], lead=o["lead"], revenue_share_bps=o["revenue_share_bps"])
        )
    ticket_types: dict[UUID, list[TicketType]] = {i: [] for i in ids}
    for t in await conn.fetch(
        "SELECT * FROM ticket_types WHERE event_id = ANY($1::uuid[]) ORDER BY position", ids
    ):
        ticket_types[t["event_id"]].append(TicketType(
            id=t["id"], name=t["name"], price=Money(amount=t["price_amount"], currency=t["price_currency"]),
            capacity=t["capacity"], max_per_order=t["max_per_order"],
            sales_start=t["sales_start"], sales_end=t["sales_end"],
        ))
    return [_event(row, tuple(organisers[row["id"]]), ticket_types[row["id"]]) for row in rows]


def _event(row: asyncpg.Record, organisers: tuple[Organiser, ...], ticket_types: list[TicketType]) -> Event:
    venue = None
    if row["venue_city"] is not None:
        venue = Venue(address=row["venue_address"], city=row["venue_city"], country=row["venue_country"])
    return Event(
        id=row["id"], status=EventStatus(row["status"]), title=row["title"], description=row["description"],
        kind=EventKind(row["kind"]), organisers=organisers,
        schedule=Schedule(starts_at=row["starts_at"], ends_at=row["ends_at"], timezone=row["timezone"]),
        venue=venue, online_url=row["online_url"], ticket_types=ticket_types, published_at=row["published_at"],
    )
