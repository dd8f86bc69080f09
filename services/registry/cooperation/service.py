"""Cooperation use cases: ask, answer, expire, read — each change one unit of work with its event."""

import asyncio
import logging
from datetime import UTC, datetime
from uuid import UUID

import asyncpg

from services.registry.cooperation import repository
from services.registry.cooperation.domain import DECIDED_BY, CooperationRequest, Outcome
from services.registry.cooperation.schemas import CooperationRead
from services.registry.experts import repository as experts
from services.registry.resources import repository as resources
from shared.auth import Principal
from shared.errors import DomainError, Forbidden, NotFound
from shared.http import Page
from shared.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


async def ask(*, pool: asyncpg.Pool, caller: Principal, **fields) -> CooperationRequest:
    request = CooperationRequest.ask(now=datetime.now(UTC), requested_by=UUID(caller.subject), **fields)
    async with UnitOfWork(pool) as uow:
        requesting = await _members(uow.conn, request.requesting_partnership_id, "requesting_partnership_id")
        requested = await _members(uow.conn, request.requested_partnership_id, "requested_partnership_id")
        _must_speak_for(caller, requesting, request.requesting_partnership_id)
        await _check_offered_by(uow.conn, request, requested)
        await repository.save(uow.conn, request)
        uow.collect(request)
    return request


async def answer(*, pool: asyncpg.Pool, caller: Principal, request_id: UUID, outcome: Outcome) -> CooperationRequest:
    async with UnitOfWork(pool) as uow:
        request = await repository.load(uow.conn, request_id, lock=True)
        if request is None:
            raise NotFound(f"cooperation request {request_id} not found")
        side = DECIDED_BY[outcome]
        partnership_id = getattr(request, f"{side}_partnership_id")
        _must_speak_for(caller, await _members(uow.conn, partnership_id, "id"), partnership_id)
        done = request.answered(outcome, by=UUID(caller.subject), now=datetime.now(UTC))
        await repository.save(uow.conn, done)
        uow.collect(done)
    return done


async def expire_due(pool: asyncpg.Pool, now: datetime | None = None) -> int:
    now = now or datetime.now(UTC)
    async with UnitOfWork(pool) as uow:
        expired = [r.answered("expired", by=None, now=now) for r in await repository.due(uow.conn, now)]
        for request in expired:
            await repository.save(uow.conn, request)
            uow.collect(request)
    return len(expired)


async def expire_continuously(runtime) -> None:
    """Background loop: a request nobody answered in time expires, and the bus hears of it."""
    while True:
        if count := await expire_due(runtime.pool):
            log.info("cooperation requests expired", extra={"count": count})
        await asyncio.sleep(runtime.settings.expiry_interval_seconds)


async def read(*, pool: asyncpg.Pool, caller: Principal, request_id: UUID) -> CooperationRead:
    async with pool.acquire() as conn:
        request = await repository.load(conn, request_id)
        if request is None:
            raise NotFound(f"cooperation request {request_id} not found")
        sides = (await _members(conn, request.requesting_partnership_id, "id")
                 | await _members(conn, request.requested_partnership_id, "id"))
    if not (caller.operator or any(caller.is_member_of(o) for o in sides)):
        raise NotFound(f"cooperation request {request_id} not found")
    return CooperationRead.model_validate({k: getattr(request, k) for k in repository.COLUMNS})


async def list_requests(*, pool: asyncpg.Pool, caller: Principal, status: str | None, limit: int,
                        cursor: UUID | None) -> Page[CooperationRead]:
    """Requests to or from the caller's partnerships (operators: all)."""
    async with pool.acquire() as conn:
        # None: all partnerships' requests (operators).
        partnerships = None if caller.operator else await repository.partnerships_of(conn, list(caller.organisations))
        rows = await repository.of_partnerships(conn, partnerships, status=status, limit=limit + 1, after=cursor)
    return Page[CooperationRead].of([CooperationRead.model_validate(r) for r in rows], limit)


def _must_speak_for(caller: Principal, organisations: set[UUID], partnership_id: UUID) -> None:
    if not any(caller.is_admin_of(o) for o in organisations):
        raise Forbidden(f"only an admin of a member of partnership {partnership_id} or an operator may do this")


async def _members(conn: asyncpg.Connection, partnership_id: UUID, field: str) -> set[UUID]:
    members = await repository.partnership_organisations(conn, partnership_id)
    if members is None:
        raise DomainError(f"{field}: unknown partnership {partnership_id}") if field != "id" else NotFound(
            f"partnership {partnership_id} not found")
    return members


async def _check_offered_by(conn: asyncpg.Connection, request: CooperationRequest, members: set[UUID]) -> None:
    """The expert or resource belongs to the requested partnership, and is still on offer."""
    if request.expert_id is not None:
        expert = await experts.load(conn, request.expert_id)
        if expert is None or expert.status != "published":
            raise DomainError(f"expert_id: unknown expert {request.expert_id}")
        if not members & set(expert.organisation_ids):
            raise DomainError(f"expert_id: expert {expert.id} is not affiliated with a member of partnership"
                              f" {request.requested_partnership_id}")
    else:
        resource = await resources.load(conn, request.resource_id)
        if resource is None or resource.status != "listed":
            raise DomainError(f"resource_id: unknown resource {request.resource_id}")
        if resource.organisation_id not in members:
            raise DomainError(f"resource_id: resource {resource.id} is not offered by a member of partnership"
                              f" {request.requested_partnership_id}")
