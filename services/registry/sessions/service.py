"""Browser sessions' use cases: sign in (throttled), refresh (rotating the token), sign out."""

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

import asyncpg

from services.registry.identity import domain as identity_domain
from services.registry.identity import repository as users
from services.registry.identity import service as identity
from services.registry.identity.domain import User
from services.registry.sessions import repository
from services.registry.sessions.domain import SessionEnded, Throttle, new_refresh_token
from shared.errors import Unauthorized
from shared.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Lifetimes:
    access_token: timedelta
    refresh_token: timedelta  # unused for this long, a session ends
    session: timedelta  # however often it is refreshed


@dataclass(frozen=True)
class Issued:
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime
    user_id: UUID


async def throttled_user(pool: asyncpg.Pool, *, email: str, password: str, address: str, throttle: Throttle) -> User:
    """The user the credentials name, unless too many sign-ins to the account or from the address failed lately
    (429 then, whatever the password): what every way of signing in checks first."""
    now = datetime.now(UTC)
    account = email.strip().lower()
    async with pool.acquire() as conn:
        account_failures, address_failures = await repository.failures_since(
            conn, account=account, address=address, since=now - throttle.window)
    throttle.check(account_failures=account_failures, address_failures=address_failures, now=now)
    try:
        user = await identity.checked_user(pool, email=email, password=password)
    except Unauthorized:
        async with pool.acquire() as conn:
            await repository.record_failure(conn, account=account, address=address)
        raise
    async with pool.acquire() as conn:
        await repository.forget_failures(conn, account=account, before=now - throttle.window)
    return user


async def sign_in(pool: asyncpg.Pool, *, email: str, password: str, address: str, throttle: Throttle,
                  lifetimes: Lifetimes) -> Issued:
    user = await throttled_user(pool, email=email, password=password, address=address, throttle=throttle)
    now = datetime.now(UTC)
    session_id = uuid.uuid4()
    async with UnitOfWork(pool) as uow:
        await repository.start_session(uow.conn, session_id, user.id, now + lifetimes.session)
        refresh_token, refresh_expires_at = await _next_refresh_token(
            uow.conn, session_id, now=now, lifetimes=lifetimes, session_expires_at=now + lifetimes.session)
    access, access_expires_at = await identity.access_token(pool, user, ttl=lifetimes.access_token)
    return Issued(access, access_expires_at, refresh_token, refresh_expires_at, user.id)


async def refresh(pool: asyncpg.Pool, *, refresh_token: str | None, lifetimes: Lifetimes) -> Issued:
    """A new access token and the next refresh token; the presented one is spent, in the transaction that
    checked it unspent (its row locked), so two refreshes with one token never both succeed."""
    now = datetime.now(UTC)
    async with UnitOfWork(pool) as uow:
        presented = await _presented(uow.conn, refresh_token)
        user = await users.user_by_id(uow.conn, presented["user_id"])
        ended, because = _ended(presented, user, now)
        if ended is None:
            await repository.mark_used(uow.conn, presented["token_hash"])
            next_token, next_expires_at = await _next_refresh_token(
                uow.conn, presented["session_id"], now=now, lifetimes=lifetimes,
                session_expires_at=presented["session_expires_at"])
        elif because is not None:
            await repository.end_session(uow.conn, presented["session_id"], because)
    if ended is not None:  # refused once the session's end is committed
        raise ended
    access, access_expires_at = await identity.access_token(pool, user, ttl=lifetimes.access_token)
    return Issued(access, access_expires_at, next_token, next_expires_at, user.id)


async def sign_out(pool: asyncpg.Pool, *, refresh_token: str | None) -> None:
    """Ends the session the token belongs to, whatever state it is in; an unknown token ends nothing."""
    if not refresh_token:
        return
    async with UnitOfWork(pool) as uow:
        presented = await repository.refresh_token_for_update(uow.conn, identity_domain.token_fingerprint(refresh_token))
        if presented is not None:
            await repository.end_session(uow.conn, presented["session_id"], "signed_out")


async def _presented(conn: asyncpg.Connection, refresh_token: str | None) -> asyncpg.Record:
    if not refresh_token:
        raise SessionEnded("no refresh token: sign in first", code="no_session")
    presented = await repository.refresh_token_for_update(conn, identity_domain.token_fingerprint(refresh_token))
    if presented is None:
        raise SessionEnded("unknown refresh token: sign in again")
    return presented


def _ended(presented: asyncpg.Record, user: User, now: datetime) -> tuple[SessionEnded | None, str | None]:
    """Why the token opens nothing, if it does not, and the reason to record as the session's end."""
    if presented["ended_at"] is not None:
        return SessionEnded("this session has ended: sign in again"), None
    if presented["used_at"] is not None:  # a copy: whoever holds the other one is signed out too
        return SessionEnded("refresh token used twice: the session is ended everywhere; sign in again",
                            code="refresh_token_reused"), "token_reused"
    if user.disabled_at is not None:
        return SessionEnded("this user has been disabled by an operator"), "user_disabled"
    if presented["expires_at"] <= now or presented["session_expires_at"] <= now:
        return SessionEnded("this session has expired: sign in again"), None
    return None, None


async def _next_refresh_token(conn: asyncpg.Connection, session_id: UUID, *, now: datetime, lifetimes: Lifetimes,
                              session_expires_at: datetime) -> tuple[str, datetime]:
    token = new_refresh_token()
    expires_at = min(now + lifetimes.refresh_token, session_expires_at)
    await repository.add_refresh_token(conn, identity_domain.token_fingerprint(token), session_id, expires_at)
    return token, expires_at
