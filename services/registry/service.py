"""Registry use cases: each one transaction holding the change and its events."""

from uuid import UUID

import asyncpg

from services.registry import repository
from services.registry.domain import Organisation, Partnership
from services.registry.identity import repository as identity
from services.registry.identity.service import caller_must_administer
from shared import outbox
from shared.auth import Principal, Role
from shared.errors import DomainError, Forbidden, NotFound


async def register_organisation(pool: asyncpg.Pool, caller: Principal, **fields) -> Organisation:
    """Any signed-in user may register an organisation; they become its first admin."""
    organisation = Organisation.register(**fields)
    async with pool.acquire() as conn, conn.transaction():
        await repository.add_organisation(conn, organisation)
        await identity.set_membership(conn, UUID(caller.subject), organisation.id, Role.ADMIN)
        await outbox.record(conn, organisation.events)
    return organisation


async def update_organisation(pool: asyncpg.Pool, caller: Principal, organisation_id: UUID, **changes) -> Organisation:
    caller_must_administer(caller, organisation_id)
    if "status" in changes:
        caller.require_operator("suspending or reactivating an organisation")
    async with pool.acquire() as conn, conn.transaction():
        current = await repository.load_organisation(conn, organisation_id, lock=True)
        if current is None:
            raise NotFound(f"organisation {organisation_id} not found")
        updated = current.changed(**changes)
        await repository.save_organisation(conn, updated)
        await outbox.record(conn, updated.events)
    return updated


async def form_partnership(pool: asyncpg.Pool, caller: Principal, **fields) -> Partnership:
    """A partnership is formed by an admin of one of its member organisations (or an operator)."""
    partnership = Partnership.form(**fields)
    members = partnership.members
    member_ids = [m.organisation_id for m in members]
    if not any(caller.is_admin_of(o) for o in member_ids):
        raise Forbidden("forming a partnership needs an admin of one of its member organisations")
    async with pool.acquire() as conn, conn.transaction():
        unknown = await repository.unknown_organisations(conn, member_ids)
        if unknown:
            raise DomainError(f"members: unknown organisation(s) {', '.join(map(str, unknown))}")
        await repository.add_partnership(conn, partnership)
        await outbox.record(conn, partnership.events)
    return partnership


async def add_partnership_member(pool: asyncpg.Pool, caller: Principal, partnership_id: UUID, *,
                                 organisation_id: UUID, role) -> Partnership:
    """By an admin of a member organisation, with the joining organisation's admin agreeing (or an operator)."""
    caller_must_administer(caller, organisation_id)
    return await _change_members(pool, caller, partnership_id, lambda p: p.with_member(organisation_id, role))


async def remove_partnership_member(pool: asyncpg.Pool, caller: Principal, partnership_id: UUID,
                                    organisation_id: UUID) -> Partnership:
    return await _change_members(pool, caller, partnership_id, lambda p: p.without_member(organisation_id))


async def _change_members(pool: asyncpg.Pool, caller: Principal, partnership_id: UUID, change) -> Partnership:
    async with pool.acquire() as conn, conn.transaction():
        current = await repository.load_partnership(conn, partnership_id)
        if current is None:
            raise NotFound(f"partnership {partnership_id} not found")
        if not any(caller.is_admin_of(m.organisation_id) for m in current.members):
            raise Forbidden(f"changing partnership {partnership_id} needs an admin of one of its members")
        changed = change(current)
        if unknown := await repository.unknown_organisations(conn, [m.organisation_id for m in changed.members]):
            raise DomainError(f"organisation_id: unknown organisation {unknown[0]}")
        await repository.save_members(conn, changed)
        await outbox.record(conn, changed.events)
    return changed


async def get_organisation(pool: asyncpg.Pool, organisation_id: UUID):
    async with pool.acquire() as conn:
        return await repository.get_organisation(conn, organisation_id)


async def get_partnership(pool: asyncpg.Pool, partnership_id: UUID):
    async with pool.acquire() as conn:
        return await repository.get_partnership(conn, partnership_id)
