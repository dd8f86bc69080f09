"""The public catalogue's search in SQL: published events by what visitors ask for.

Conditions are composed from the search's fields (calendar feeds reuse them); keyset
pagination on (starts_at, id) keeps pages stable while events are added. Seats left are a
ticket type's capacity less what billing has sold or holds.
"""

from uuid import UUID

import asyncpg

from services.events.catalogue.domain import Search
from services.events.event import repository
from services.events.event.domain import Event

# A public ticket type with seats left: its capacity less what billing has sold or holds.
_SEATS_LEFT = (
    "EXISTS (SELECT 1 FROM ticket_types t LEFT JOIN seats s ON s.ticket_type_id = t.id"
    " WHERE t.event_id = e.id AND t.visibility = 'public' AND t.capacity > coalesce(s.sold + s.held, 0))"
)
_PAID = ("EXISTS (SELECT 1 FROM ticket_types t WHERE t.event_id = e.id AND t.visibility = 'public'"
         " AND t.price_amount > 0)")
# The words a text search looks in: the values of the per-language maps, never their JSON (keys, braces).
_SEARCHED_TEXT = (
    "concat_ws(' ', (SELECT string_agg(value, ' ') FROM jsonb_each_text(e.titles)),"
    " (SELECT string_agg(value, ' ') FROM jsonb_each_text(e.descriptions)), array_to_string(e.tags, ' '))"
)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(search: Search) -> tuple[list[str], list]:
    where, args = ["e.status = 'published'"], []

    def arg(value) -> str:
        args.append(value)
        return f"${len(args)}"

    if search.text:
        where.append(f"{_SEARCHED_TEXT} ILIKE {arg(_like(search.text))}")
    if search.kind:
        where.append(f"e.kind = {arg(search.kind.value)}")
    if search.city:
        where.append(f"lower(e.venue_city) = lower({arg(search.city)})")
    if search.country:
        where.append(f"e.venue_country = upper({arg(search.country)})")
    if search.starts_before:
        where.append(f"e.starts_at < {arg(search.starts_before)}")
    if search.ends_after:
        where.append(f"e.ends_at > {arg(search.ends_after)}")
    if search.language:
        where.append(f"{arg(search.language)} = ANY(e.languages)")
    if search.tags:
        where.append(f"e.tags @> {arg(list(search.tags))}::text[]")
    if search.organiser:
        o = arg(search.organiser)
        where.append(f"EXISTS (SELECT 1 FROM event_organisers eo LEFT JOIN partnership_members m"
                     f" ON m.partnership_id = eo.partnership_id WHERE eo.event_id = e.id"
                     f" AND (eo.partnership_id = {o} OR eo.organisation_id = {o} OR m.organisation_id = {o}))")
    if search.network:  # a registry network (by id or name), or a programme partnerships belong to
        # An organisation organising on its own is in the networks and programmes of its partnerships.
        n = arg(search.network)
        where.append(f"EXISTS (SELECT 1 FROM event_organisers eo LEFT JOIN partnership_members om"
                     f" ON om.organisation_id = eo.organisation_id"
                     f" JOIN partnerships p ON p.id = coalesce(eo.partnership_id, om.partnership_id)"
                     f" WHERE eo.event_id = e.id AND (lower(p.programme) = lower({n}) OR p.id IN"
                     f" (SELECT np.partnership_id FROM network_partnerships np"
                     f" JOIN networks nw ON nw.id = np.network_id"
                     f" WHERE nw.id::text = lower({n}) OR lower(nw.name) = lower({n}))))")
    if search.paid is not None:
        where.append(_PAID if search.paid else f"NOT {_PAID}")
    if search.with_seats is not None:
        where.append(_SEATS_LEFT if search.with_seats else f"NOT {_SEATS_LEFT}")
    return where, args


async def search(conn: asyncpg.Connection, search: Search, *, limit: int, after: UUID | None) -> list[Event]:
    """By start time; `after` is the last event of the previous page (keyset pagination)."""
    where, args = conditions(search)
    if after is not None:
        args.append(after)
        where.append(f"(e.starts_at, e.id) > (SELECT starts_at, id FROM events WHERE id = ${len(args)})")
    args.append(limit)
    rows = await conn.fetch(
        f"SELECT e.* FROM events e WHERE {' AND '.join(where)} ORDER BY e.starts_at, e.id LIMIT ${len(args)}", *args
    )
    return await repository.hydrate(conn, rows)
