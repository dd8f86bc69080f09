"""Events storage: SQL in, domain objects out.

`save` writes the whole aggregate (the event row, its organisers, agenda and ticket
types) in the caller's transaction; ticket types are updated in place, never deleted,
since billing sells them by id.
"""

from uuid import UUID

import asyncpg

from services.events.event.content import Audience, Session
from services.events.event.domain import Event, EventStatus
from services.events.event.values import Schedule, Venue
from services.events.tickets.domain import TicketType
from shared.contracts.events import EventKind, Organiser
from shared.money import Money


async def add(conn: asyncpg.Connection, event: Event) -> None:
    await conn.execute(
        "INSERT INTO events (id, status, title, kind, starts_at, ends_at, timezone)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        event.id, event.status.value, event.title, event.kind.value,
        event.schedule.starts_at, event.schedule.ends_at, event.schedule.timezone,
    )
    await save(conn, event)


async def save(conn: asyncpg.Connection, event: Event) -> None:
    venue, schedule = event.venue, event.schedule
    await conn.execute(
        "UPDATE events SET status = $2, title = $3, description = $4, kind = $5, starts_at = $6, ends_at = $7,"
        " timezone = $8, venue_address = $9, venue_city = $10, venue_country = $11, online_url = $12,"
        " published_at = $13, titles = $14, descriptions = $15, languages = $16, tags = $17, sectors = $18,"
        " audience = $19, capacity = $20, cover_image_url = $21, quotas = $22, cancel_reason = $23,"
        " revision = $24 WHERE id = $1",
        event.id, event.status.value, event.title, event.description, event.kind.value,
        schedule.starts_at, schedule.ends_at, schedule.timezone,
        venue and venue.address, venue and venue.city, venue and venue.country, event.online_url,
        event.published_at, event.titles, event.descriptions, list(event.languages), list(event.tags),
        list(event.sectors), [a.value for a in event.audience], event.capacity, event.cover_image_url,
        event.quotas, event.cancel_reason, event.revision,
    )
    # Replaced as a whole (the lead may have changed), keeping when each consent was given.
    given = dict(await conn.fetch(
        "DELETE FROM event_organisers WHERE event_id = $1"
        " RETURNING coalesce(partnership_id, organisation_id), consented_at", event.id))
    await conn.executemany(
        "INSERT INTO event_organisers (event_id, partnership_id, organisation_id, position, lead, revenue_share_bps,"
        " consented_by, consented_at) VALUES ($1, $2, $3, $4, $5, $6, $7::text,"
        " CASE WHEN $7::text IS NOT NULL THEN coalesce($8::timestamptz, now()) END)",
        [(event.id, o.partnership_id, o.organisation_id, i, o.lead, o.revenue_share_bps,
          event.consents.get(o.organiser_id), given.get(o.organiser_id)) for i, o in enumerate(event.organisers)],
    )
    await conn.execute("DELETE FROM sessions WHERE event_id = $1", event.id)
    await conn.executemany(
        "INSERT INTO sessions (id, event_id, position, title, starts_at, ends_at, room, speakers, moderators)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        [(s.id, event.id, i, s.title, s.starts_at, s.ends_at, s.room, list(s.speakers), list(s.moderators))
         for i, s in enumerate(event.sessions)],
    )
    await conn.executemany(
        "INSERT INTO ticket_types (id, event_id, position, name, price_amount, price_currency, capacity,"
        " max_per_order, sales_start, sales_end, visibility, quota)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO UPDATE SET"
        " name = EXCLUDED.name, price_amount = EXCLUDED.price_amount, capacity = EXCLUDED.capacity,"
        " max_per_order = EXCLUDED.max_per_order, sales_start = EXCLUDED.sales_start,"
        " sales_end = EXCLUDED.sales_end, visibility = EXCLUDED.visibility, quota = EXCLUDED.quota",
        [(t.id, event.id, i, t.name, t.price.amount, t.price.currency, t.capacity, t.max_per_order,
          t.sales_start, t.sales_end, t.visibility, t.quota) for i, t in enumerate(event.ticket_types)],
    )


async def get(conn: asyncpg.Connection, event_id: UUID, *, for_update: bool = False) -> Event | None:
    """`for_update` locks the event until the transaction ends: changes to one event queue up."""
    lock = " FOR UPDATE" if for_update else ""
    row = await conn.fetchrow(f"SELECT * FROM events WHERE id = $1{lock}", event_id)
    return (await hydrate(conn, [row]))[0] if row else None


async def hydrate(conn: asyncpg.Connection, rows: list[asyncpg.Record]) -> list[Event]:
    """Events with their organisers, agenda and ticket types: four queries, however many events."""
    ids = [row["id"] for row in rows]
    parts = {i: {"organisers": [], "consents": {}, "sessions": [], "ticket_types": []} for i in ids}
    for o in await conn.fetch("SELECT * FROM event_organisers WHERE event_id = ANY($1::uuid[]) ORDER BY position", ids):
        organiser = Organiser(partnership_id=o["partnership_id"], organisation_id=o["organisation_id"],
                              lead=o["lead"], revenue_share_bps=o["revenue_share_bps"])
        parts[o["event_id"]]["organisers"].append(organiser)
        if o["consented_by"] is not None:
            parts[o["event_id"]]["consents"][organiser.organiser_id] = o["consented_by"]
    for s in await conn.fetch("SELECT * FROM sessions WHERE event_id = ANY($1::uuid[]) ORDER BY position", ids):
        parts[s["event_id"]]["sessions"].append(Session(
            id=s["id"], title=s["title"], starts_at=s["starts_at"], ends_at=s["ends_at"], room=s["room"],
            speakers=tuple(s["speakers"]), moderators=tuple(s["moderators"]),
        ))
    for t in await conn.fetch("SELECT * FROM ticket_types WHERE event_id = ANY($1::uuid[]) ORDER BY position", ids):
        parts[t["event_id"]]["ticket_types"].append(TicketType(
            id=t["id"], name=t["name"], price=Money(amount=t["price_amount"], currency=t["price_currency"]),
            capacity=t["capacity"], max_per_order=t["max_per_order"], sales_start=t["sales_start"],
            sales_end=t["sales_end"], visibility=t["visibility"], quota=t["quota"],
        ))
    return [_event(row, **parts[row["id"]]) for row in rows]


def _event(row: asyncpg.Record, *, organisers, consents, sessions, ticket_types) -> Event:
    venue = None
    if row["venue_city"] is not None:
        venue = Venue(address=row["venue_address"], city=row["venue_city"], country=row["venue_country"])
    return Event(
        id=row["id"], status=EventStatus(row["status"]), titles=row["titles"], descriptions=row["descriptions"],
        kind=EventKind(row["kind"]), organisers=tuple(organisers), consents=consents,
        schedule=Schedule(starts_at=row["starts_at"], ends_at=row["ends_at"], timezone=row["timezone"]),
        venue=venue, online_url=row["online_url"], ticket_types=ticket_types, quotas=row["quotas"],
        sessions=tuple(sessions), languages=tuple(row["languages"]), tags=tuple(row["tags"]),
        sectors=tuple(row["sectors"]), audience=tuple(Audience(a) for a in row["audience"]),
        capacity=row["capacity"], cover_image_url=row["cover_image_url"], published_at=row["published_at"],
        cancel_reason=row["cancel_reason"], revision=row["revision"], changed_at=row["changed_at"],
    )
