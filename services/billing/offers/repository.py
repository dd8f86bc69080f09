"""The projection of what is on sale: events, their dates, ticket types and shared quotas, from
events.event.v1. A re-publication never resets seats sold or held; a changed offer is announced
through `seats.service.announce_due`."""

from collections.abc import Sequence
from uuid import UUID

import asyncpg

from services.billing.organisers import repository as organisers
from services.billing.seats.domain import in_lock_order
from shared.contracts.events import EventPublished, EventRescheduled, TicketQuota, TicketTypeOffer


async def project(conn: asyncpg.Connection, event: EventPublished) -> None:
    """Upsert a publication unless a newer one was applied; seats sold and held stay as they are."""
    newer = await conn.fetchval(
        "INSERT INTO events (id, title, starts_at, ends_at, timezone, published_at) VALUES ($1, $2, $3, $4, $5, $6)"
        " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, starts_at = EXCLUDED.starts_at,"
        " ends_at = EXCLUDED.ends_at, timezone = EXCLUDED.timezone, published_at = EXCLUDED.published_at,"
        " updated_at = now() WHERE events.published_at < EXCLUDED.published_at RETURNING true",
        event.aggregate_id, event.title, event.starts_at, event.ends_at, event.timezone, event.occurred_at,
    )
    if not newer:
        return
    await organisers.project_event(conn, event.aggregate_id, event.organisers)
    await _project_quotas(conn, event.aggregate_id, event.quotas)
    await _upsert_offers(conn, event.aggregate_id, event.ticket_types, on_sale=True)
    # A ticket type left out of the latest publication is withdrawn, its sold seats kept.
    await conn.execute(
        "UPDATE ticket_types SET on_sale = false, announce_due = true WHERE event_id = $1 AND NOT id = ANY($2::uuid[])",
        event.aggregate_id, [o.ticket_type_id for o in event.ticket_types],
    )


async def project_offer(conn: asyncpg.Connection, event_id: UUID, offer: TicketTypeOffer, *, on_sale: bool,
                        quotas: Sequence[TicketQuota] = ()) -> None:
    """A ticket type added or changed after publication; billing sells only events it saw published."""
    if not await conn.fetchval("SELECT true FROM events WHERE id = $1", event_id):
        return
    await _project_quotas(conn, event_id, quotas)
    await _upsert_offers(conn, event_id, [offer], on_sale=on_sale)


async def reschedule(conn: asyncpg.Connection, event: EventRescheduled) -> None:
    """New dates; an older rescheduling arriving late changes nothing."""
    await conn.execute(
        "UPDATE events SET starts_at = $2, ends_at = $3, timezone = $4, rescheduled_at = $5, updated_at = now()"
        " WHERE id = $1 AND (rescheduled_at IS NULL OR rescheduled_at < $5)",
        event.aggregate_id, event.starts_at, event.ends_at, event.timezone, event.occurred_at,
    )


async def set_hold_minutes(conn: asyncpg.Connection, event_id: UUID, minutes: int | None) -> None:
    await conn.execute("UPDATE events SET hold_minutes = $2 WHERE id = $1", event_id, minutes)


async def _project_quotas(conn: asyncpg.Connection, event_id: UUID, quotas: Sequence[TicketQuota]) -> None:
    """Quotas as last published; one no longer named keeps its row, unused once no type draws on it."""
    await conn.execute(
        "INSERT INTO quotas (event_id, name, capacity) SELECT $1, q.name, q.capacity"
        " FROM unnest($2::text[], $3::int[]) AS q(name, capacity) ORDER BY q.name"
        " ON CONFLICT (event_id, name) DO UPDATE SET capacity = EXCLUDED.capacity",
        event_id, [q.name for q in quotas], [q.capacity for q in quotas],
    )


async def _upsert_offers(conn: asyncpg.Connection, event_id: UUID, offers: Sequence[TicketTypeOffer], *,
                         on_sale: bool) -> None:
    offers = in_lock_order(offers)
    await conn.execute(
        "INSERT INTO ticket_types (id, event_id, name, price_amount, currency, capacity, max_per_order,"
        " sales_start, sales_end, on_sale, visibility, quota, announce_due)"
        " SELECT t.id, $1, t.name, t.amount, t.currency, t.capacity, t.max_per_order, t.sales_start, t.sales_end,"
        "  $10, t.visibility, t.quota, true"
        " FROM unnest($2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::int[], $7::int[],"
        "  $8::timestamptz[], $9::timestamptz[], $11::text[], $12::text[])"
        "  AS t(id, name, amount, currency, capacity, max_per_order, sales_start, sales_end, visibility, quota)"
        " ORDER BY t.id"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, price_amount = EXCLUDED.price_amount,"
        " currency = EXCLUDED.currency, capacity = EXCLUDED.capacity, max_per_order = EXCLUDED.max_per_order,"
        " sales_start = EXCLUDED.sales_start, sales_end = EXCLUDED.sales_end, on_sale = EXCLUDED.on_sale,"
        " visibility = EXCLUDED.visibility, quota = EXCLUDED.quota, announce_due = true"
        " WHERE ticket_types.event_id = EXCLUDED.event_id",
        event_id, [o.ticket_type_id for o in offers], [o.name for o in offers],
        [o.price.amount for o in offers], [o.price.currency for o in offers], [o.capacity for o in offers],
        [o.max_per_order for o in offers], [o.sales_start for o in offers], [o.sales_end for o in offers], on_sale,
        [o.visibility for o in offers], [o.quota for o in offers],
    )
