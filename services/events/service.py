"""Events use cases that change something: each one transaction holding the change and its messages.

Every change runs in `_changing`: the event locked, the caller authorised against the
registry projection, billing's sold counts at hand; the aggregate and its messages are
saved together when the block succeeds, and nothing at all when it raises.
"""

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg

from services.events import access, experts, organisers, repository, seats
from services.events.content import Session
from services.events.domain import Event
from services.events.values import Schedule, TicketType
from shared import outbox
from shared.auth import Principal
from shared.envelope import utc_now
from shared.errors import DomainError, NotFound


@dataclass
class Unit:
    conn: asyncpg.Connection
    event: Event
    members: access.Members
    sold: dict[UUID, int]


async def draft_event(pool: asyncpg.Pool, principal: Principal, **values: Any) -> Event:
    event = Event.draft(**values)
    async with pool.acquire() as conn, conn.transaction():
        await organisers.require_known(conn, event.organisers)
        members = await organisers.acting_for(conn, event.organisers)
        access.require_lead_admin(principal, event.organisers, members, "drafting an event")
        await _require_experts(conn, event.sessions)
        await repository.add(conn, event)
        await outbox.record(conn, event.messages)
    return event


async def edit_event(pool, principal: Principal, event_id: UUID, values: Mapping[str, Any], wire: Mapping) -> Event:
    values = dict(values)
    dates = {name: values.pop(name) for name in ("starts_at", "ends_at", "timezone") if name in values}
    async with _changing(pool, event_id, principal, access.require_editor) as unit:
        unit.event.require_changeable({"schedule"} if dates else set(values))
        if dates:  # a change of one date keeps the others
            current = unit.event.schedule
            values["schedule"] = Schedule(starts_at=dates.get("starts_at") or current.starts_at,
                                          ends_at=dates.get("ends_at") or current.ends_at,
                                          timezone=dates.get("timezone") or current.timezone)
        if "organisers" in values:
            await organisers.require_known(unit.conn, values["organisers"])
        if "sessions" in values:
            await _require_experts(unit.conn, values["sessions"])
        unit.event.edit(values, wire=wire, sold=unit.sold)
    return unit.event


async def consent(pool: asyncpg.Pool, principal: Principal, event_id: UUID, organiser_id: UUID, *,
                  kind: str = "partnership") -> Event:
    """The co-organiser `organiser_id` (a partnership or an organisation, as `kind` says) agrees to the draft."""
    def authorise(who, event, members):
        access.require_consenter(who, kind, organiser_id, members)

    async with _changing(pool, event_id, principal, authorise) as unit:
        unit.event.consent(organiser_id, by=principal.subject, kind=kind)
    return unit.event


async def publish_event(pool: asyncpg.Pool, principal: Principal, event_id: UUID, now: datetime | None = None) -> Event:
    async with _changing(pool, event_id, principal, access.require_editor) as unit:
        unit.event.publish(now=now or utc_now())
    return unit.event


async def reschedule(pool, principal: Principal, event_id: UUID, schedule: Schedule, announcement: str | None) -> Event:
    async with _changing(pool, event_id, principal, _lead("rescheduling the event")) as unit:
        unit.event.reschedule(schedule, announcement=announcement, now=utc_now())
    return unit.event


async def cancel(pool: asyncpg.Pool, principal: Principal, event_id: UUID, reason: str) -> Event:
    async with _changing(pool, event_id, principal, _lead("cancelling the event")) as unit:
        unit.event.cancel(reason=reason)
    return unit.event


async def complete(pool: asyncpg.Pool, principal: Principal, event_id: UUID, now: datetime | None = None) -> Event:
    async with _changing(pool, event_id, principal, access.require_editor) as unit:
        unit.event.complete(now=now or utc_now())
    return unit.event


async def add_ticket_type(pool, principal: Principal, event_id: UUID, ticket_type: TicketType) -> TicketType:
    async with _changing(pool, event_id, principal, access.require_editor) as unit:
        unit.event.add_ticket_type(ticket_type, sold=unit.sold)
    return ticket_type


async def change_ticket_type(pool, principal: Principal, event_id: UUID, ticket_type_id: UUID,
                             values: Mapping[str, Any]) -> TicketType:
    async with _changing(pool, event_id, principal, access.require_editor) as unit:
        return unit.event.change_ticket_type(ticket_type_id, values, sold=unit.sold)


async def get_event(pool: asyncpg.Pool, principal: Principal | None, event_id: UUID) -> Event:
    async with pool.acquire() as conn:
        event = await repository.get(conn, event_id)
        members = await organisers.acting_for(conn, event.organisers) if event else {}
    if event is None or not access.may_read(principal, event, members):
        raise NotFound(f"event {event_id} not found")
    return event


def _lead(action: str) -> Callable:
    def authorise(principal, event, members):
        access.require_lead_admin(principal, event.organisers, members, action)
    return authorise


@asynccontextmanager
async def _changing(pool: asyncpg.Pool, event_id: UUID, principal: Principal, authorise) -> AsyncIterator[Unit]:
    async with pool.acquire() as conn, conn.transaction():
        event = await repository.get(conn, event_id, for_update=True)
        members = await organisers.acting_for(conn, event.organisers) if event else {}
        if event is None or not access.may_read(principal, event, members):
            raise NotFound(f"event {event_id} not found")
        authorise(principal, event, members)
        unit = Unit(conn, event, members, await seats.sold(conn, event_id))
        yield unit
        await repository.save(conn, event)
        await outbox.record(conn, event.messages)


async def _require_experts(conn: asyncpg.Connection, sessions: Sequence[Session]) -> None:
    """Speakers and moderators must be experts the registry publishes (not unknown, not withdrawn)."""
    published = await experts.available(conn, [e for s in sessions for e in s.experts])
    for i, session in enumerate(sessions):
        for role in ("speakers", "moderators"):
            for j, expert_id in enumerate(getattr(session, role)):
                if expert_id not in published:
                    raise DomainError(
                        f"sessions[{i}].{role}[{j}]: expert {expert_id} is not a published expert of the registry"
                    )
