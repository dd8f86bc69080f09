"""Every service's copy of who is admin or member of which organisation, from the registry's events.

Tokens say who the caller is, never what they may do in an organisation: a token lives for
minutes (login) or months (API), a membership can end at any moment. So each service applies
the registry's membership changes as they arrive (registry.identity.v1, keyed by user, so one
user's changes apply in order) and reads the caller's roles from here at every request.
"""

from dataclasses import replace
from uuid import UUID

import asyncpg

from shared.auth import Principal, Role
from shared.consumers import Reaction
from shared.contracts.registry import (
    OrganisationMemberAdded, OrganisationMemberRemoved, OrganisationMemberRoleChanged, UserDisabled,
)
from shared.errors import Unauthorized
from shared.unit_of_work import UnitOfWork


async def on_member_added(uow: UnitOfWork, event: OrganisationMemberAdded | OrganisationMemberRoleChanged) -> None:
    await uow.conn.execute(
        "INSERT INTO organisation_roles (user_id, organisation_id, role) VALUES ($1, $2, $3)"
        " ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = EXCLUDED.role",
        event.user_id, event.organisation_id, event.role,
    )


async def on_member_removed(uow: UnitOfWork, event: OrganisationMemberRemoved) -> None:
    await uow.conn.execute("DELETE FROM organisation_roles WHERE user_id = $1 AND organisation_id = $2",
                           event.user_id, event.organisation_id)


async def on_user_disabled(uow: UnitOfWork, event: UserDisabled) -> None:
    await uow.conn.execute("INSERT INTO disabled_users (user_id, disabled_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                           event.user_id, event.occurred_at)
    await uow.conn.execute("DELETE FROM organisation_roles WHERE user_id = $1", event.user_id)


REACTIONS = (
    Reaction(OrganisationMemberAdded, on_member_added),
    Reaction(OrganisationMemberRoleChanged, on_member_added),
    Reaction(OrganisationMemberRemoved, on_member_removed),
    Reaction(UserDisabled, on_user_disabled),
)


async def with_current_roles(pool: asyncpg.Pool, principal: Principal) -> Principal:
    """The verified caller with their roles as this service knows them now (none for an unknown user)."""
    try:
        user_id = UUID(principal.subject)
    except ValueError:
        return replace(principal, organisations={})
    row = await pool.fetchrow(_CURRENT_ROLES, user_id)  # one round trip on every authenticated request
    if row["disabled"]:
        raise Unauthorized("invalid token: its user has been disabled")
    return replace(principal, organisations={o: Role(r) for o, r in zip(row["organisation_ids"], row["roles"])})


_CURRENT_ROLES = """
    SELECT EXISTS (SELECT 1 FROM disabled_users WHERE user_id = $1) AS disabled,
           ARRAY(SELECT organisation_id FROM organisation_roles WHERE user_id = $1 ORDER BY organisation_id)
               AS organisation_ids,
           ARRAY(SELECT role FROM organisation_roles WHERE user_id = $1 ORDER BY organisation_id) AS roles
"""
