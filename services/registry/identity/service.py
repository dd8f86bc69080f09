"""Identity use cases: sign-up, login, memberships, API tokens, the bootstrap operator."""

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

import asyncpg

from services.registry.accounts import service as account_links
from services.registry.accounts.domain import LinkLimits
from services.registry.identity import domain, keys, memberships, repository
from services.registry.identity.domain import User, caller_must_administer
from services.registry.organisations import repository as organisations
from shared.unit_of_work import UnitOfWork
from shared.auth import Principal, Role, issue_token
from shared.errors import Conflict, DomainError, Forbidden, NotFound, Unauthorized


@dataclass(frozen=True)
class Confirmation:
    """How a self-made account's address gets confirmed: a link in this language, within these limits."""

    language: str
    limits: LinkLimits


async def sign_up(pool: asyncpg.Pool, *, email: str, password: str, name: str | None, operator: bool = False,
                  confirmation: Confirmation | None = None) -> User:
    """A new account. With a `confirmation`, its address is confirmed by the link e-mailed to it before it signs
    in; without one (an operator vouches for the address) it is confirmed at once."""
    domain.check_password_policy(password)
    password_hash = await asyncio.to_thread(domain.hash_password, password)
    user = User(uuid.uuid4(), email, name, password_hash, operator,
                email_verified_at=None if confirmation else datetime.now(UTC))
    async with UnitOfWork(pool) as uow:
        if not await repository.add_user(uow.conn, user):
            raise Conflict(f"email: a user with email {email} already exists")
        if confirmation:
            await account_links.send_link(uow, user, "verify_email", language=confirmation.language,
                                          limits=confirmation.limits)
    return user


async def ensure_operator(pool: asyncpg.Pool, *, email: str, password: str) -> None:
    """The bootstrap operator exists, is an operator and has the configured password."""
    async with pool.acquire() as conn:
        user = await repository.user_by_email(conn, email)
    if user is None:
        try:
            await sign_up(pool, email=email, password=password, name="Platform operator", operator=True)
        except Conflict:
            pass  # another replica created it a moment ago
        return
    if not await asyncio.to_thread(domain.password_matches, user, password):
        user = User(user.id, user.email, user.name, await asyncio.to_thread(domain.hash_password, password), True)
    async with pool.acquire() as conn:
        await repository.update_user(conn, user.id, password_hash=user.password_hash, operator=True)


async def issue_api_token(pool: asyncpg.Pool, caller: Principal, *, name: str, ttl: timedelta) -> dict:
    if caller.kind != "user":
        raise Forbidden("API tokens are issued to users who logged in, not to other API tokens")
    token_id = uuid.uuid4()
    async with pool.acquire() as conn:
        user = await repository.user_by_id(conn, UUID(caller.subject))
    token, expires_at = await _signed(pool, user, ttl=ttl, kind="api", token_id=token_id)
    async with pool.acquire() as conn:
        await repository.add_api_token(conn, token_id=token_id, user_id=user.id, name=name,
                                       token_hash=domain.token_fingerprint(token), expires_at=expires_at)
        row = await repository.api_token(conn, token_id)
    return {**row, "token": token}


async def revoke_api_token(pool: asyncpg.Pool, caller: Principal, token_id: UUID) -> dict:
    async with UnitOfWork(pool) as uow:
        token = await repository.api_token(uow.conn, token_id)
        if token is None or not (caller.operator or str(token["user_id"]) == caller.subject):
            raise NotFound(f"API token {token_id} not found")
        if await repository.revoke_api_token(uow.conn, token_id) is not None:
            uow.collect(domain.api_token_revoked(token_id))
        return await repository.api_token(uow.conn, token_id)


async def list_api_tokens(pool: asyncpg.Pool, caller: Principal, *, everyone: bool) -> list[dict]:
    if everyone:
        caller.require_operator("listing everyone's API tokens")
    async with pool.acquire() as conn:
        return await repository.api_tokens_of(conn, None if everyone else UUID(caller.subject))


async def list_members(pool: asyncpg.Pool, caller: Principal, organisation_id: UUID) -> list[dict]:
    if not caller.is_member_of(organisation_id):
        raise Forbidden(f"only members of organisation {organisation_id} or operators see its members")
    async with pool.acquire() as conn:
        return await repository.members_of(conn, organisation_id)


async def add_member(pool: asyncpg.Pool, caller: Principal, organisation_id: UUID, *, email: str, role: Role) -> dict:
    caller_must_administer(caller, organisation_id)
    async with UnitOfWork(pool) as uow:
        if not await organisations.exists(uow.conn, organisation_id):
            raise NotFound(f"organisation {organisation_id} not found")
        user = await repository.user_by_email(uow.conn, email)
        if user is None:
            raise DomainError(f"email: no user with email {email}; they sign up first")
        await memberships.grant(uow, user.id, organisation_id, role)
        return next(m for m in await repository.members_of(uow.conn, organisation_id) if m["user_id"] == user.id)


async def remove_member(pool: asyncpg.Pool, caller: Principal, organisation_id: UUID, user_id: UUID) -> None:
    caller_must_administer(caller, organisation_id)
    async with UnitOfWork(pool) as uow:
        if not await memberships.revoke(uow, user_id, organisation_id):
            raise NotFound(f"user {user_id} is not a member of organisation {organisation_id}")
        if not caller.operator and await repository.admins_left(uow.conn, organisation_id) == 0:
            raise Conflict("an organisation keeps at least one admin: only an operator may remove the last one")


async def disable_user(pool: asyncpg.Pool, caller: Principal, user_id: UUID) -> User:
    """Operators only: the user's memberships end and every service refuses their tokens at once."""
    caller.require_operator("disabling a user")
    if str(user_id) == caller.subject:
        raise Conflict("an operator may not disable themselves: another operator may")
    async with UnitOfWork(pool) as uow:
        if await repository.user_by_id(uow.conn, user_id) is None:
            raise NotFound(f"user {user_id} not found")
        if await repository.disable_user(uow.conn, user_id):
            uow.collect(domain.user_disabled(user_id))
        return await repository.user_by_id(uow.conn, user_id)


async def _signed(pool, user: User, *, ttl: timedelta, kind, token_id: UUID) -> tuple[str, datetime]:
    """No roles in the token: every service reads the user's current memberships at each request."""
    key = await keys.current(pool)
    token = issue_token(key.private_key, key.kid, subject=str(user.id), ttl=ttl, kind=kind,
                        operator=user.operator, email=user.email, token_id=token_id)
    return token, datetime.now(UTC) + ttl


async def checked_user(pool: asyncpg.Pool, *, email: str, password: str) -> User:
    """The user these credentials name, or a 401 that says no more than that they do not match."""
    async with pool.acquire() as conn:
        user = await repository.user_by_email(conn, email)
    if not await asyncio.to_thread(domain.password_matches, user, password):
        raise Unauthorized("invalid email or password")
    if user.disabled_at is not None:
        raise Unauthorized("this user has been disabled by an operator")
    if user.email_verified_at is None:
        raise Forbidden(f"confirm your e-mail address first: open the link sent to {user.email}, or ask for a new"
                        " one", code="email_unverified")
    return user


async def access_token(pool: asyncpg.Pool, user: User, *, ttl: timedelta) -> tuple[str, datetime]:
    """A login token for `user`, as `POST /auth/login` answers it."""
    return await _signed(pool, user, ttl=ttl, kind="user", token_id=uuid.uuid4())
