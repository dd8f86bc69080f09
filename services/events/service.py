"""Events use cases: each one transaction holding the change and its messages."""

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

import asyncpg

from services.events import partners, repository
from services.events.domain import Event
from services.events.repository import Listing
from services.events.values import Schedule, TicketType, Venue
from shared import inbox, outbox
from shared.contracts.events import EventKind, Organiser
from shared.envelope import Envelope, utc_now
from shared.http import DomainError, NotFound

REGISTRY_PROJECTION = "registry-projection"  # this consumer's name in the inbox


async def draft_event(
    pool: asyncpg.Pool,
    *,
    title: str,
    kind: EventKind,
    organisers: tuple[Organiser, ...],
    schedule: Schedule,
    description: str | None = None,
    venue: Venue | None = None,
    online_url: str | None = None,
    ticket_types: Sequence[TicketType] = (),
) -> Event:
    event = Event.draft(
        title=title, kind=kind, organisers=organisers, schedule=schedule, description=description,
        venue=venue, online_url=online_url, ticket_types=ticket_types,
    )
    async with pool.acquire() as conn, conn.transaction():
        await _require_known(conn, organisers)
        await repository.add(conn, event)
        await outbox.record(conn, event.messages)
    return event


async def add_ticket_type(pool: asyncpg.Pool, *, event_id: UUID, ticket_type: TicketType) -> TicketType:
    async with pool.acquire() as conn, conn.transaction():
        event = await _get_locked(conn, event_id)
        event.add_ticket_type(ticket_type)
        await repository.add_ticket_type(conn, event, ticket_type)
        await outbox.record(conn, event.messages)
    return ticket_type


async def publish_event(pool: asyncpg.Pool, *, event_id: UUID, now: datetime | None = None) -> Event:
    async with pool.acquire() as conn, conn.transaction():
        event = await _get_locked(conn, event_id)
        event.publish(now=now or utc_now())
        await repository.save_status(conn, event)
        await outbox.record(conn, event.messages)
    return event


async def get_event(pool: asyncpg.Pool, event_id: UUID) -> Event:
    async with pool.acquire() as conn:
        if (event := await repository.get(conn, event_id)) is None:
            raise NotFound(f"event {event_id} not found")
        return event


async def list_published(pool: asyncpg.Pool, listing: Listing, *, limit: int, after: UUID | None) -> list[Event]:
    async with pool.acquire() as conn:
        return await repository.list_published(conn, listing, limit=limit, after=after)


async def project_registry_event(pool: asyncpg.Pool, event: Envelope) -> bool:
    """Apply a registry event to the projection once; False for a redelivery."""
    return await inbox.apply_once(
        pool, consumer=REGISTRY_PROJECTION, event=event, apply=lambda conn: partners.project(conn, event)
    )


async def _require_known(conn: asyncpg.Connection, organisers: Sequence[Organiser]) -> None:
    unknown = await partners.unknown_partnerships(conn, [o.partnership_id for o in organisers])
    for i, organiser in enumerate(organisers):
        if organiser.partnership_id in unknown:
            raise DomainError(
                f"organisers[{i}].partnership_id:"
                f" partnership {organiser.partnership_id} is not known to the registry"
            )


async def _get_locked(conn: asyncpg.Connection, event_id: UUID) -> Event:
    if (event := await repository.get(conn, event_id, for_update=True)) is None:
        raise NotFound(f"event {event_id} not found")
    return event
