"""Membership changes, each written with the event that tells every other service (one unit of work)."""

from uuid import UUID

from services.registry.identity import domain, repository
from shared.auth import Role
from shared.unit_of_work import UnitOfWork


async def grant(uow: UnitOfWork, user_id: UUID, organisation_id: UUID, role: Role) -> None:
    previous = await repository.set_membership(uow.conn, user_id, organisation_id, role)
    if (changed := domain.membership_set(user_id, organisation_id, role, previous)) is not None:
        uow.collect(changed)


async def revoke(uow: UnitOfWork, user_id: UUID, organisation_id: UUID) -> bool:
    """False when the user was not a member."""
    if not await repository.remove_membership(uow.conn, user_id, organisation_id):
        return False
    uow.collect(domain.membership_removed(user_id, organisation_id))
    return True
