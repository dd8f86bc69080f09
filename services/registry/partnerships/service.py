"""Partnership use cases: form one, invite, accept, decline and remove members, read — each change one unit of work.

An organisation joins only by its own admin's hand: the proposer's organisations (all of them, for an
operator) become members at once, every other one is pending until one of its admins accepts.
"""

from collections.abc import Callable
from uuid import UUID

import asyncpg

from services.registry.organisations import repository as organisations
from services.registry.partnerships import repository
from services.registry.partnerships.domain import Partnership
from services.registry.partnerships.schemas import PartnershipRead
from shared.auth import Principal
from shared.contracts.registry import MemberRole, PartnershipMember
from shared.errors import DomainError, Forbidden, NotFound
from shared.http import Page
from shared.unit_of_work import UnitOfWork


async def form_partnership(*, pool: asyncpg.Pool, caller: Principal, members: tuple[PartnershipMember, ...],
                           **fields) -> Partnership:
    """Proposed by an admin of its lead organisation (or an operator): the lead is a member from the start."""
    caller.require_admin_of_any([m.organisation_id for m in members], "forming a partnership")
    leads = [m.organisation_id for m in members if m.role == MemberRole.LEAD]
    if len(leads) == 1 and not caller.is_admin_of(leads[0]):
        raise Forbidden(f"forming a partnership needs an admin of its lead organisation {leads[0]}; an admin of a"
                        " partner proposes it to the lead's admins, or the lead's admins invite the partner")
    partnership = Partnership.form(**fields, members=tuple(m for m in members if caller.is_admin_of(m.organisation_id)),
                                   pending=tuple(m for m in members if not caller.is_admin_of(m.organisation_id)))
    async with UnitOfWork(pool) as uow:
        unknown = await organisations.unknown_organisations(uow.conn, [m.organisation_id for m in members])
        if unknown:
            raise DomainError(f"members: unknown organisation(s) {', '.join(map(str, unknown))}")
        await repository.add_partnership(uow.conn, partnership)
        uow.collect(partnership)
    return partnership


async def add_partnership_member(*, pool: asyncpg.Pool, caller: Principal, partnership_id: UUID,
                                 organisation_id: UUID, role: MemberRole) -> Partnership:
    """By an admin of a member: the organisation joins at once if they administer it too, else it is invited."""
    return await _change_members(pool, partnership_id, _admin_of_a_member(caller, partnership_id),
                                 lambda p: p.with_member(organisation_id, role,
                                                         consented=caller.is_admin_of(organisation_id)))


async def accept_invitation(*, pool: asyncpg.Pool, caller: Principal, partnership_id: UUID,
                            organisation_id: UUID) -> Partnership:
    caller.require_admin_of_any([organisation_id], "accepting")
    return await _change_members(pool, partnership_id, lambda p: None,
                                 lambda p: p.accepted_by(organisation_id))


async def decline_invitation(*, pool: asyncpg.Pool, caller: Principal, partnership_id: UUID,
                             organisation_id: UUID) -> Partnership:
    caller.require_admin_of_any([organisation_id], "declining")

    def decline(partnership: Partnership) -> Partnership:
        if not any(m.organisation_id == organisation_id for m in partnership.pending):
            raise NotFound(f"organisation {organisation_id} has no pending invitation to partnership {partnership_id}")
        return partnership.without_member(organisation_id)

    return await _change_members(pool, partnership_id, lambda p: None, decline)


async def remove_partnership_member(*, pool: asyncpg.Pool, caller: Principal, partnership_id: UUID,
                                    organisation_id: UUID) -> Partnership:
    """By an admin of a member, or of the organisation itself: it leaves, or its invitation is withdrawn."""
    members_admin = _admin_of_a_member(caller, partnership_id)
    allowed = (lambda p: None) if caller.is_admin_of(organisation_id) else members_admin
    return await _change_members(pool, partnership_id, allowed, lambda p: p.without_member(organisation_id))


def _admin_of_a_member(caller: Principal, partnership_id: UUID) -> Callable[[Partnership], None]:
    def check(partnership: Partnership) -> None:
        if not any(caller.is_admin_of(m.organisation_id) for m in partnership.members):
            raise Forbidden(f"changing partnership {partnership_id} needs an admin of one of its members")
    return check


async def _change_members(pool: asyncpg.Pool, partnership_id: UUID,
                          allowed: Callable[[Partnership], None],
                          change: Callable[[Partnership], Partnership]) -> Partnership:
    async with UnitOfWork(pool) as uow:
        current = await repository.load_partnership(uow.conn, partnership_id)
        if current is None:
            raise NotFound(f"partnership {partnership_id} not found")
        allowed(current)
        changed = change(current)
        members = [m.organisation_id for m in (*changed.members, *changed.pending)]
        if unknown := await organisations.unknown_organisations(uow.conn, members):
            raise DomainError(f"organisation_id: unknown organisation {unknown[0]}")
        await repository.save_members(uow.conn, changed)
        uow.collect(changed)
    return changed


async def read(*, pool: asyncpg.Pool, partnership_id: UUID, caller: Principal | None) -> PartnershipRead:
    async with pool.acquire() as conn:
        partnership = await repository.get_partnership(conn, partnership_id)
    if partnership is None:
        raise NotFound(f"partnership {partnership_id} not found")
    return _as_seen_by(caller, partnership)


async def list_partnerships(*, pool: asyncpg.Pool, caller: Principal | None, organisation_id: UUID | None,
                            network_id: UUID | None, limit: int, cursor: UUID | None) -> Page[PartnershipRead]:
    async with pool.acquire() as conn:
        rows = await repository.list_partnerships(conn, organisation_id=organisation_id, network_id=network_id,
                                                  limit=limit + 1, after=cursor)
    return Page[PartnershipRead].of([_as_seen_by(caller, r) for r in rows], limit)


def _as_seen_by(caller: Principal | None, partnership: dict) -> PartnershipRead:
    """Invitations are for the partnership's admins (and each invited organisation's own) to see, not the public."""
    insider = caller is not None and any(caller.is_admin_of(m["organisation_id"]) for m in partnership["members"])
    pending = [m for m in partnership["pending_members"]
               if insider or (caller is not None and caller.is_admin_of(m["organisation_id"]))]
    return PartnershipRead.model_validate(partnership | {"pending_members": pending})
