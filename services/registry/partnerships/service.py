"""Partnership use cases: form one, add and remove members, read — each change one unit of work."""

from collections.abc import Callable
from uuid import UUID

import asyncpg

from services.registry.identity.domain import caller_must_administer
from services.registry.organisations import repository as organisations
from services.registry.partnerships import repository
from services.registry.partnerships.domain import Partnership
from services.registry.partnerships.schemas import PartnershipRead
from shared.auth import Principal
from shared.contracts.registry import MemberRole
from shared.errors import DomainError, Forbidden, NotFound
from shared.http import Page
from shared.unit_of_work import UnitOfWork


async def form_partnership(*, pool: asyncpg.Pool, caller: Principal, **fields) -> Partnership:
    """A partnership is formed by an admin of one of its member organisations (or an operator)."""
    partnership = Partnership.form(**fields)
    member_ids = [m.organisation_id for m in partnership.members]
    if not any(caller.is_admin_of(o) for o in member_ids):
        raise Forbidden("forming a partnership needs an admin of one of its member organisations")
    async with UnitOfWork(pool) as uow:
        unknown = await organisations.unknown_organisations(uow.conn, member_ids)
        if unknown:
            raise DomainError(f"members: unknown organisation(s) {', '.join(map(str, unknown))}")
        await repository.add_partnership(uow.conn, partnership)
        uow.collect(partnership)
    return partnership


async def add_partnership_member(*, pool: asyncpg.Pool, caller: Principal, partnership_id: UUID,
                                 organisation_id: UUID, role: MemberRole) -> Partnership:
    """By an admin of a member organisation, with the joining organisation's admin agreeing (or an operator)."""
    caller_must_administer(caller, organisation_id)
    return await _change_members(pool, caller, partnership_id, lambda p: p.with_member(organisation_id, role))


async def remove_partnership_member(*, pool: asyncpg.Pool, caller: Principal, partnership_id: UUID,
                                    organisation_id: UUID) -> Partnership:
    return await _change_members(pool, caller, partnership_id, lambda p: p.without_member(organisation_id))


async def _change_members(pool: asyncpg.Pool, caller: Principal, partnership_id: UUID,
                          change: Callable[[Partnership], Partnership]) -> Partnership:
    async with UnitOfWork(pool) as uow:
        current = await repository.load_partnership(uow.conn, partnership_id)
        if current is None:
            raise NotFound(f"partnership {partnership_id} not found")
        if not any(caller.is_admin_of(m.organisation_id) for m in current.members):
            raise Forbidden(f"changing partnership {partnership_id} needs an admin of one of its members")
        changed = change(current)
        members = [m.organisation_id for m in changed.members]
        if unknown := await organisations.unknown_organisations(uow.conn, members):
            raise DomainError(f"organisation_id: unknown organisation {unknown[0]}")
        await repository.save_members(uow.conn, changed)
        uow.collect(changed)
    return changed


async def read(*, pool: asyncpg.Pool, partnership_id: UUID) -> PartnershipRead:
    async with pool.acquire() as conn:
        partnership = await repository.get_partnership(conn, partnership_id)
    if partnership is None:
        raise NotFound(f"partnership {partnership_id} not found")
    return PartnershipRead.model_validate(partnership)


async def list_partnerships(*, pool: asyncpg.Pool, organisation_id: UUID | None, network_id: UUID | None, limit: int,
                            cursor: UUID | None) -> Page[PartnershipRead]:
    async with pool.acquire() as conn:
        rows = await repository.list_partnerships(conn, organisation_id=organisation_id, network_id=network_id,
                                                  limit=limit + 1, after=cursor)
    return Page[PartnershipRead].of([PartnershipRead.model_validate(r) for r in rows], limit)
