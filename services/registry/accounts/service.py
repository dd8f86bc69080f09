"""Account links' use cases: confirm an address, ask for a link again, reset a forgotten password. Asking
answers the same whether the address has an account or not, so nobody learns who is registered."""

import asyncio
from datetime import UTC, datetime, timedelta

import asyncpg

from services.registry.accounts import repository
from services.registry.accounts.domain import LinkLimits, Purpose, check_usable, new_link_token
from services.registry.identity import domain as identity_domain
from services.registry.identity import repository as users
from services.registry.identity.domain import User
from services.registry.sessions import repository as sessions
from shared.contracts.registry import AccountEmail, EmailVerificationRequested, PasswordResetRequested
from shared.unit_of_work import UnitOfWork

_EVENTS: dict[Purpose, type[AccountEmail]] = {"verify_email": EmailVerificationRequested,
                                               "reset_password": PasswordResetRequested}


async def send_link(uow: UnitOfWork, user: User, purpose: Purpose, *, language: str, limits: LinkLimits) -> bool:
    """A new link for `user`, e-mailed through notifications; False (nothing sent) past the hourly limit."""
    now = datetime.now(UTC)
    if await repository.links_sent_since(uow.conn, user.id, purpose, now - timedelta(hours=1)) >= limits.per_hour:
        return False
    token, expires_at = new_link_token(), now + limits.lifetime(purpose)
    await repository.add_link(uow.conn, token_hash=identity_domain.token_fingerprint(token), purpose=purpose,
                              user_id=user.id, expires_at=expires_at)
    uow.collect(_EVENTS[purpose](aggregate_id=user.id, user_id=user.id, email=user.email, name=user.name,
                                 language=language, link_token=token, expires_at=expires_at))
    return True


async def resend_verification(pool: asyncpg.Pool, *, email: str, language: str, limits: LinkLimits) -> None:
    async with UnitOfWork(pool) as uow:
        user = await users.user_by_email(uow.conn, email)
        if user is not None and user.disabled_at is None and await repository.email_verified_at(uow.conn, user.id) is None:
            await send_link(uow, user, "verify_email", language=language, limits=limits)


async def verify_email(pool: asyncpg.Pool, *, token: str) -> User:
    async with UnitOfWork(pool) as uow:
        link = await repository.link_for_update(uow.conn, identity_domain.token_fingerprint(token), "verify_email")
        check_usable(link, now=datetime.now(UTC), what="confirmation")
        await repository.mark_email_verified(uow.conn, link["user_id"])
        await repository.spend_links(uow.conn, link["user_id"], "verify_email")
        return await users.user_by_id(uow.conn, link["user_id"])


async def request_password_reset(pool: asyncpg.Pool, *, email: str, language: str, limits: LinkLimits) -> None:
    async with UnitOfWork(pool) as uow:
        user = await users.user_by_email(uow.conn, email)
        if user is not None and user.disabled_at is None:
            await send_link(uow, user, "reset_password", language=language, limits=limits)


async def reset_password(pool: asyncpg.Pool, *, token: str, password: str) -> User:
    """The new password, and every session of the account ended: whoever knew the old one is signed out."""
    identity_domain.check_password_policy(password)
    password_hash = await asyncio.to_thread(identity_domain.hash_password, password)
    async with UnitOfWork(pool) as uow:
        link = await repository.link_for_update(uow.conn, identity_domain.token_fingerprint(token), "reset_password")
        check_usable(link, now=datetime.now(UTC), what="password reset")
        await repository.set_password(uow.conn, link["user_id"], password_hash)
        await repository.spend_links(uow.conn, link["user_id"], "reset_password")
        await repository.mark_email_verified(uow.conn, link["user_id"])  # the link reached the inbox
        await sessions.end_sessions_of(uow.conn, link["user_id"], "password_reset")
        return await users.user_by_id(uow.conn, link["user_id"])
