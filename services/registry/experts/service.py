"""Expert use cases: register, change, withdraw, read — each change one transaction with its event."""

from uuid import UUID

import asyncpg

from services.registry import repository as organisations
from services.registry.experts import repository
from services.registry.experts.domain import Audience, Expert
from services.registry.experts.indexing import Skill
from services.registry.identity import repository as users
from shared import outbox
from shared.auth import Principal
from shared.errors import Conflict, DomainError, Forbidden, NotFound


def audience_of(caller: Principal | None, expert: Expert | None = None) -> Audience:
    if caller is None:
        return Audience.PUBLIC
    if expert is not None and (caller.operator or str(expert.user_id) == caller.subject
                               or any(caller.is_admin_of(o) for o in expert.organisation_ids)):
        return Audience.PRIVATE
    return Audience.NETWORK if caller.operator or caller.organisations else Audience.PUBLIC


async def register(pool: asyncpg.Pool, caller: Principal, *, user_email: str | None = None, **fields) -> Expert:
    async with pool.acquire() as conn, conn.transaction():
        user_id = await _user_id(conn, user_email) if user_email else None
        expert = Expert.register(**fields, user_id=user_id)
        _must_administer_all(caller, expert.organisation_ids)
        await _check_references(conn, expert)
        await repository.save(conn, expert)
        await outbox.record(conn, expert.events)
    return expert


async def change(pool: asyncpg.Pool, caller: Principal, expert_id: UUID, **changes) -> Expert:
    async with pool.acquire() as conn, conn.transaction():
        current = await _editable(conn, caller, expert_id)
        updated = current.changed(**changes)
        _must_administer_all(caller, set(updated.organisation_ids) - set(current.organisation_ids))
        await _check_references(conn, updated)
        await repository.save(conn, updated)
        await outbox.record(conn, updated.events)
    return updated


async def withdraw(pool: asyncpg.Pool, caller: Principal, expert_id: UUID) -> Expert:
    async with pool.acquire() as conn, conn.transaction():
        gone = (await _editable(conn, caller, expert_id)).withdrawn()
        await repository.save(conn, gone)
        await outbox.record(conn, gone.events)
    return gone


async def read(pool: asyncpg.Pool, caller: Principal | None, expert_id: UUID) -> dict:
    async with pool.acquire() as conn:
        expert = await repository.load(conn, expert_id)
    audience = audience_of(caller, expert) if expert else Audience.PUBLIC
    if expert is None or (expert.status == "withdrawn" and audience < Audience.PRIVATE):
        raise NotFound(f"expert {expert_id} not found")
    return expert.visible_to(audience)


async def add_skill(pool: asyncpg.Pool, caller: Principal, skill: Skill) -> Skill:
    caller.require_operator("changing the skills taxonomy")
    async with pool.acquire() as conn:
        if skill.parent is not None and skill.parent not in await repository.taxonomy(conn):
            raise DomainError(f"parent: unknown skill {skill.parent!r}")
        if not await repository.add_skill(conn, skill):
            raise Conflict(f"slug: skill {skill.slug!r} already exists")
    return skill


async def _editable(conn: asyncpg.Connection, caller: Principal, expert_id: UUID) -> Expert:
    expert = await repository.load(conn, expert_id, lock=True)
    if expert is None:
        raise NotFound(f"expert {expert_id} not found")
    if audience_of(caller, expert) < Audience.PRIVATE:
        raise Forbidden(f"only the expert, an admin of their organisations or an operator may change expert {expert_id}")
    return expert


def _must_administer_all(caller: Principal, organisation_ids) -> None:
    for organisation_id in organisation_ids:
        if not caller.is_admin_of(organisation_id):
            raise Forbidden(f"affiliating an expert with organisation {organisation_id} needs an admin of it")


async def _check_references(conn: asyncpg.Connection, expert: Expert) -> None:
    known = await repository.taxonomy(conn)
    for i, skill in enumerate(expert.skills):
        if skill not in known:
            raise DomainError(f"skills[{i}]: unknown skill {skill!r}")
    if unknown := await organisations.unknown_organisations(conn, list(expert.organisation_ids)):
        raise DomainError(f"organisation_ids: unknown organisation(s) {', '.join(map(str, unknown))}")


async def _user_id(conn: asyncpg.Connection, email: str) -> UUID:
    if (user := await users.user_by_email(conn, email)) is None:
        raise DomainError(f"user_email: no user with email {email}")
    return user.id
