"""Event use cases that change something: each one unit of work holding the change and its events.

Every change runs in `changed_event`: the event locked, the caller authorised against the
registry projection, billing's sold counts at hand; the aggregate is saved, and the events
it recorded reach the outbox, together when the block succeeds, and nothing at all when it raises.
"""

from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg

from services.events.event import access, repository
from services.events.event.domain import Event
from services.events.event.values import Schedule
from services.events.projections import experts, organisers, seats
from shared.auth import Principal
from shared.envelope import utc_now
from shared.errors import NotFound
from shared.unit_of_work import UnitOfWork

Authorise = Callable[[Principal, Event, access.Members], None]


@dataclass
class Unit:
    conn: asyncpg.Connection
    event: Event
    members: access.Members
    sold: dict[UUID, int]


async def draft_event(*, pool: asyncpg.Pool, principal: Principal, **values: Any) -> Event:
    event = Event.draft(**values)
    async with UnitOfWork(pool) as uow:
        await organisers.require_known(uow.conn, event.organisers)
        members = await organisers.acting_for(uow.conn, event.organisers)
        access.require_lead_admin(principal, event.organisers, members, "drafting an event")
        await experts.require_published(uow.conn, event.sessions)
        await repository.add(uow.conn, event)
        uow.collect(event)
    return event


async def edit_event(*, pool: asyncpg.Pool, principal: Principal, event_id: UUID, values: Mapping[str, Any],
                     wire: Mapping) -> Event:
    values = dict(values)
    dates = {name: values.pop(name) for name in ("starts_at", "ends_at", "timezone") if name in values}
    async with changed_event(pool, event_id, principal, access.require_editor) as unit:
        unit.event.require_changeable({"schedule"} if dates else set(values))
        if dates:  # a change of one date keeps the others
            current = unit.event.schedule
            values["schedule"] = Schedule(starts_at=dates.get("starts_at") or current.starts_at,
                                          ends_at=dates.get("ends_at") or current.ends_at,
                                          timezone=dates.get("timezone") or current.timezone)
        if "organisers" in values:
            await organisers.require_known(unit.conn, values["organisers"])
        if "sessions" in values:
            await experts.require_published(unit.conn, values["sessions"])
        unit.event.edit(values, wire=wire, sold=unit.sold)
    return unit.event


async def consent(*, pool: asyncpg.Pool, principal: Principal, event_id: UUID, organiser_id: UUID,
                  kind: str = "partnership") -> Event:
    """The co-organiser `organiser_id` (a partnership or an organisation, as `kind` says) agrees to the draft."""
    def authorise(who, event, members):
        access.require_consenter(who, kind, organiser_id, members)

    async with changed_event(pool, event_id, principal, authorise) as unit:
        unit.event.consent(organiser_id, by=principal.subject, kind=kind)
    return unit.event


async def publish_event(*, pool: asyncpg.Pool, principal: Principal, event_id: UUID,
                        now: datetime | None = None) -> Event:
    async with changed_event(pool, event_id, principal, access.require_editor) as unit:
        unit.event.publish(now=now or utc_now())
    return unit.event


async def reschedule(*, pool: asyncpg.Pool, principal: Principal, event_id: UUID, starts_at: datetime,
                     ends_at: datetime, timezone: str | None, announcement: str | None) -> Event:
    """New dates, in the event's current zone unless `timezone` names another."""
    current = await get_event(pool=pool, principal=principal, event_id=event_id)
    schedule = Schedule(starts_at=starts_at, ends_at=ends_at, timezone=timezone or current.schedule.timezone)
    async with changed_event(pool, event_id, principal, _lead("rescheduling the event")) as unit:
        unit.event.reschedule(schedule, announcement=announcement, now=utc_now())
    return unit.event


async def cancel(*, pool: asyncpg.Pool, principal: Principal, event_id: UUID, reason: str) -> Event:
    async with changed_event(pool, event_id, principal, _lead("cancelling the event")) as unit:
        unit.event.cancel(reason=reason)
    return unit.event


async def complete(*, pool: asyncpg.Pool, principal: Principal, event_id: UUID, now: datetime | None = None) -> Event:
    async with changed_event(pool, event_id, principal, access.require_editor) as unit:
        unit.event.complete(now=now or utc_now())
    return unit.event


async def get_event(*, pool: asyncpg.Pool, principal: Principal | None, event_id: UUID) -> Event:
    async with pool.acquire() as conn:
        event = await repository.get(conn, event_id)
        members = await organisers.acting_for(conn, event.organisers) if event else {}
    if event is None or not access.may_read(principal, event, members):
        raise NotFound(f"event {event_id} not found")
    return event


def _lead(action: str) -> Authorise:
    def authorise(principal, event, members):
        access.require_lead_admin(principal, event.organisers, members, action)
    return authorise


@asynccontextmanager
async def changed_event(pool: asyncpg.Pool, event_id: UUID, principal: Principal,
                        authorise: Authorise) -> AsyncIterator[Unit]:
    """The event locked for a change by `principal`, saved with its events when the block succeeds."""
    async with UnitOfWork(pool) as uow:
        event = await repository.get(uow.conn, event_id, for_update=True)
        members = await organisers.acting_for(uow.conn, event.organisers) if event else {}
        if event is None or not access.may_read(principal, event, members):
            raise NotFound(f"event {event_id} not found")
        authorise(principal, event, members)
        unit = Unit(uow.conn, event, members, await seats.sold(uow.conn, event_id))
        yield unit
        await repository.save(uow.conn, event)
        uow.collect(event)
