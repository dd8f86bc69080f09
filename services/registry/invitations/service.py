"""Invitations' use cases: an admin invites an address, lists and withdraws invitations; the invited person sees
what they are invited to and accepts, signing up on the way when the address has no account yet."""

import asyncio
import uuid
from datetime import UTC, datetime
from uuid import UUID

import asyncpg

from services.registry.accounts import repository as accounts
from services.registry.accounts.domain import new_link_token
from services.registry.identity import domain as identity_domain
from services.registry.identity import memberships
from services.registry.identity import repository as users
from services.registry.identity.domain import User, caller_must_administer
from services.registry.invitations import domain, repository
from services.registry.organisations import repository as organisations
from shared.auth import Principal, Role
from shared.contracts.registry import InvitationSent
from shared.errors import Conflict, DomainError, NotFound
from shared.unit_of_work import UnitOfWork


def read(invitation: dict) -> dict:
    return {**invitation, "status": domain.status_of(invitation, datetime.now(UTC))}


async def invite(pool: asyncpg.Pool, caller: Principal, organisation_id: UUID, *, email: str, role: Role,
                 language: str, lifetime) -> dict:
    caller_must_administer(caller, organisation_id)
    now = datetime.now(UTC)
    async with UnitOfWork(pool) as uow:
        organisation = await organisations.get_organisation(uow.conn, organisation_id)
        if organisation is None:
            raise NotFound(f"organisation {organisation_id} not found")
        invitee = await users.user_by_email(uow.conn, email)
        if invitee is not None and (await users.roles_of(uow.conn, invitee.id)).get(organisation_id) is not None:
            raise Conflict(f"email: {email} is a member of this organisation already", code="already_member")
        inviter = await users.user_by_id(uow.conn, UUID(caller.subject))
        await repository.withdraw_open(uow.conn, organisation_id, email)
        token, invitation_id = new_link_token(), uuid.uuid4()
        invitation = await repository.add(
            uow.conn, invitation_id=invitation_id, organisation_id=organisation_id, email=email, role=role.value,
            invited_by=inviter.id, token_hash=identity_domain.token_fingerprint(token), expires_at=now + lifetime)
        uow.collect(InvitationSent(
            aggregate_id=invitation_id, invitation_id=invitation_id, organisation_id=organisation_id,
            organisation_name=organisation["name"], role=role.value, invited_by=inviter.name or inviter.email,
            email=email, name=invitee.name if invitee else None, language=language, link_token=token,
            expires_at=invitation["expires_at"]))
        return read(invitation)


async def list_invitations(pool: asyncpg.Pool, caller: Principal, organisation_id: UUID) -> list[dict]:
    caller_must_administer(caller, organisation_id)
    async with pool.acquire() as conn:
        return [read(i) for i in await repository.of_organisation(conn, organisation_id)]


async def withdraw(pool: asyncpg.Pool, caller: Principal, organisation_id: UUID, invitation_id: UUID) -> dict:
    caller_must_administer(caller, organisation_id)
    async with UnitOfWork(pool) as uow:
        invitation = await repository.get(uow.conn, invitation_id, lock=True)
        if invitation is None or invitation["organisation_id"] != organisation_id:
            raise NotFound(f"invitation {invitation_id} not found in organisation {organisation_id}")
        if invitation["accepted_at"] is not None:
            raise Conflict("this invitation has been accepted: remove the member instead", code="link_used")
        await repository.mark_withdrawn(uow.conn, invitation_id)
        return read(await repository.get(uow.conn, invitation_id))


async def view(pool: asyncpg.Pool, invitation_id: UUID, *, token: str) -> dict:
    async with pool.acquire() as conn:
        invitation = await repository.get(conn, invitation_id)
        domain.check_open(invitation, token_hash=identity_domain.token_fingerprint(token), now=datetime.now(UTC))
        organisation = await organisations.get_organisation(conn, invitation["organisation_id"])
        account = await users.user_by_email(conn, invitation["email"])
    return {**invitation, "organisation_name": organisation["name"], "account_exists": account is not None}


async def accept(pool: asyncpg.Pool, caller: Principal | None, invitation_id: UUID, *, token: str,
                 name: str | None, password: str | None) -> dict:
    """Signed in as the invited address, or signing up with `name` and `password` when it has no account."""
    async with pool.acquire() as conn:  # an unknown or spent link is said first, before asking for anything
        domain.check_open(await repository.get(conn, invitation_id),
                          token_hash=identity_domain.token_fingerprint(token), now=datetime.now(UTC))
    password_hash = None
    if caller is None:
        if not (name and password):
            raise DomainError("name and password are needed to sign up on the way, or sign in first")
        identity_domain.check_password_policy(password)
        password_hash = await asyncio.to_thread(identity_domain.hash_password, password)
    async with UnitOfWork(pool) as uow:
        invitation = await repository.get(uow.conn, invitation_id, lock=True)
        domain.check_open(invitation, token_hash=identity_domain.token_fingerprint(token), now=datetime.now(UTC))
        user = await _accepting_user(uow, caller, invitation, name=name, password_hash=password_hash)
        await memberships.grant(uow, user.id, invitation["organisation_id"], Role(invitation["role"]))
        await repository.mark_accepted(uow.conn, invitation_id, user.id)
    return {"organisation_id": invitation["organisation_id"], "user_id": user.id, "role": invitation["role"],
            "signed_up": caller is None}


async def _accepting_user(uow: UnitOfWork, caller: Principal | None, invitation: dict, *, name: str | None,
                          password_hash: str | None) -> User:
    if caller is not None:
        user = await users.user_by_id(uow.conn, UUID(caller.subject))
        domain.check_addressed_to(invitation, user.email)
        return user
    if await users.user_by_email(uow.conn, invitation["email"]) is not None:
        raise Conflict(f"{invitation['email']} has an account: sign in to accept", code="account_exists")
    user = User(uuid.uuid4(), invitation["email"], name, password_hash, False)
    await users.add_user(uow.conn, user)
    await accounts.mark_email_verified(uow.conn, user.id)  # the link reached the address
    return user
