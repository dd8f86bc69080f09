"""Expert use cases: register, change, withdraw, read — each change one unit of work with its event."""

from uuid import UUID

import asyncpg

from services.registry.experts import repository
from services.registry.experts.domain import Audience, Expert
from services.registry.experts.search_rows import Skill
from services.registry.identity import repository as users
from services.registry.organisations import repository as organisations
from shared.auth import Principal
from shared.errors import Conflict, DomainError, Forbidden, NotFound
from shared.unit_of_work import UnitOfWork


def audience_of(caller: Principal | None, expert: Expert | None = None) -> Audience:
    if caller is None:
        return Audience.PUBLIC
    if expert is not None and (caller.operator or str(expert.user_id) == caller.subject
                               or any(caller.is_admin_of(o) for o in expert.organisation_ids)):
        return Audience.PRIVATE
    return Audience.NETWORK if caller.operator or caller.organisations else Audience.PUBLIC


async def register(pool: asyncpg.Pool, caller: Principal, *, user_email: str | None = None, **fields) -> Expert:
    async with UnitOfWork(pool) as uow:
        user_id = await _user_id(uow.conn, user_email) if user_email else None
        expert = Expert.register(**fields, user_id=user_id)
        _must_administer_all(caller, expert.organisation_ids)
        await _check_references(uow.conn, expert)
        await repository.save(uow.conn, expert)
        uow.collect(expert)
    return expert


async def change(pool: asyncpg.Pool, caller: Principal, expert_id: UUID, **changes) -> Expert:
    async with UnitOfWork(pool) as uow:
        current = await _editable(uow.conn, caller, expert_id)
        updated = current.changed(**changes)
        _must_administer_all(caller, set(updated.organisation_ids) - set(current.organisation_ids))
        await _check_references(uow.conn, updated)
        await repository.save(uow.conn, updated)
        uow.collect(updated)
    return updated


async def withdraw(pool: asyncpg.Pool, caller: Principal, expert_id: UUID) -> Expert:
    async with UnitOfWork(pool) as uow:
        gone = (await _editable(uow.conn, caller, expert_id)).withdrawn()
        await repository.save(uow.conn, gone)
        uow.collect(gone)
    return gone


async def read(pool: asyncpg.Pool, caller: Principal | None, expert_id: UUID) -> dict:
    async with pool.acquire() as conn:
        expert = await repository.load(conn, expert_id)
    audience = audience_of(caller, expert) if expert else Audience.PUBLIC
    if expert is None or (expert.status == "withdrawn" and audience < Audience.PRIVATE):
        raise NotFound(f"expert {expert_id} not found")
    return expert.visible_to(audience)


async def require_known_skills(pool: asyncpg.Pool, slugs_by_field: dict[str, str]) -> None:
    """Each slug, named by the request field it came from, is a skill of the taxonomy."""
    if not slugs_by_field:
        return
    async with pool.acquire() as conn:
        known = await repository.taxonomy(conn)
    for field_name, slug in slugs_by_field.items():
        if slug not in known:
            raise DomainError(f"{field_name}: unknown skill {slug!r}")


async def skills(pool: asyncpg.Pool) -> list[Skill]:
    """The taxonomy, parents before their children."""
    async with pool.acquire() as conn:
        taxonomy = await repository.taxonomy(conn)
    return sorted(taxonomy.values(), key=lambda s: (s.parent is not None, s.parent or "", s.slug))


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
