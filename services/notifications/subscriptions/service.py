"""Subscription use cases: subscribe, then read, list, delete, rotate the secret, enable again, follow email links."""

from datetime import datetime
from uuid import UUID

import asyncpg

from services.notifications.deliveries import repository as deliveries
from services.notifications.deliveries.domain import Delivery
from services.notifications.deliveries.targets import TargetPolicy
from services.notifications.network import repository as network
from services.notifications.settings import NotificationsSettings
from services.notifications.subscriptions import access, repository
from services.notifications.subscriptions.domain import (
    Digest, Filters, Owner, Subscription, SubscriptionStatus, check_choices, email_of, generate_secret,
    needs_confirmation,
)
from services.notifications.subscriptions.schedule import next_digest_at
from services.notifications.subscriptions.schemas import WEEKDAYS, SubscriptionCreate
from shared.auth import Principal
from shared.envelope import utc_now
from shared.errors import Conflict, DomainError, Forbidden, NotFound, Unauthorized
from shared.unit_of_work import UnitOfWork


async def subscribe(pool: asyncpg.Pool, *, request: SubscriptionCreate, principal: Principal | None,
                    settings: NotificationsSettings) -> tuple[dict, str | None]:
    """The stored subscription as the API shows it, and its signing secret (webhooks only, shown only now)."""
    wanted = request.digest
    digest = Digest(wanted.frequency, wanted.local_time,
                    WEEKDAYS.index(wanted.weekday) if wanted.weekday else None, wanted.timezone.value)
    url = str(request.url) if request.url else None
    check_choices(channel=request.channel, url=url, organisation_id=request.organisation_id,
                  expert_id=request.expert_id, digest=digest)
    async with UnitOfWork(pool) as uow:
        owner = await _owner(uow.conn, request, principal)
        email = email_of(request.channel, request.email, principal)
        if url is not None:
            TargetPolicy.of(settings).check_url(url)
        subscription = Subscription.create(
            event_types=[t.value for t in request.event_types], url=url, channel=request.channel, owner=owner,
            email=email, filters=Filters.from_dict(request.filters.model_dump(mode="json", exclude_none=True)),
            language=request.language, involving_me=request.involving_me, digest=digest,
            confirm=needs_confirmation(email, principal),
        )
        due = next_digest_at(digest, utc_now()) if digest.frequency != "immediate" else None
        if subscription.confirm_token and await repository.recently_pending(uow.conn, subscription.email):
            # Nobody makes us mail a stranger's address again and again.
            raise Conflict(f"email: a confirmation was sent to {subscription.email} minutes ago; follow its link")
        await repository.add(uow.conn, subscription, next_digest_at=due)
        if subscription.confirm_token:
            await deliveries.add(uow.conn, [Delivery.confirmation(subscription, settings.public_url)])
    async with pool.acquire() as conn:
        return await repository.get(conn, subscription.id), subscription.secret


async def manageable(pool: asyncpg.Pool, *, subscription_id: UUID, principal: Principal | None,
                     presented_secret: str | None) -> dict:
    """The subscription, if the caller may manage it; 404 when it does not exist."""
    access.require_credentials(principal, presented_secret)
    async with pool.acquire() as conn:
        row = await repository.get(conn, subscription_id)
        if row is None:
            # A secret learns only of its own subscription; a token holder may hear that an id is unknown.
            stored_secret = await repository.secret_of(conn, subscription_id) if principal is None else None
            if principal is None and not access.opens(presented_secret, stored_secret):
                raise Forbidden("Subscription-Secret does not match this subscription")
            raise NotFound(f"subscription {subscription_id} not found")
        owner = Owner(row["owner_kind"], row["owner_id"])
        experts = await network.organisations_of_expert(conn, UUID(owner.id)) if owner.kind == "expert" else None
    access.may_manage(principal, owner, presented_secret=presented_secret, secrets=[row.pop("secret")],
                      expert_organisations=experts or [])
    return row


async def list_owned(pool: asyncpg.Pool, *, principal: Principal, organisation_id: UUID | None,
                     expert_id: UUID | None, limit: int, cursor: UUID | None) -> list[dict]:
    """Up to `limit` + 1 of the caller's (or their organisation's or expert's) subscriptions, newest first."""
    async with pool.acquire() as conn:
        owner = await owner_of_request(conn, principal, organisation_id=organisation_id, expert_id=expert_id)
        owners = [owner] + ([Owner("attendee", principal.email.casefold())]
                            if owner.kind == "user" and principal.email else [])
        return await repository.list_owned(conn, owners, limit=limit + 1, before=cursor)


async def unsubscribe(pool: asyncpg.Pool, *, subscription_id: UUID, principal: Principal | None,
                      presented_secret: str | None) -> None:
    """Stop at once: what is still pending for it is cancelled, its history stays readable."""
    await manageable(pool, subscription_id=subscription_id, principal=principal, presented_secret=presented_secret)
    async with UnitOfWork(pool) as uow:
        if not await repository.set_status(uow.conn, subscription_id, SubscriptionStatus.DELETED, "deleted by request"):
            raise NotFound(f"subscription {subscription_id} not found")
        await deliveries.cancel_pending(uow.conn, subscription_id=subscription_id, reason="subscription deleted")


async def rotate_secret(pool: asyncpg.Pool, *, subscription_id: UUID, principal: Principal | None,
                        presented_secret: str | None, overlap_hours: float) -> tuple[str, datetime]:
    """A new secret; the old one keeps signing alongside it until the overlap ends."""
    subscription = await manageable(pool, subscription_id=subscription_id, principal=principal,
                                    presented_secret=presented_secret)
    if subscription["channel"] != "webhook":
        raise Conflict(f"only webhook subscriptions have a secret; this one is {subscription['channel']}")
    secret = generate_secret()
    async with pool.acquire() as conn:
        return secret, await repository.rotate_secret(conn, subscription_id, secret, overlap_hours * 3600)


async def enable(pool: asyncpg.Pool, *, subscription_id: UUID, principal: Principal | None,
                 presented_secret: str | None) -> dict:
    """Resume a subscription disabled by a 410: the receiver says it is back."""
    caller = {"subscription_id": subscription_id, "principal": principal, "presented_secret": presented_secret}
    subscription = await manageable(pool, **caller)
    if subscription["status"] != SubscriptionStatus.DISABLED:
        raise Conflict(f"subscription {subscription_id} is {subscription['status']}, not disabled")
    async with pool.acquire() as conn:
        await repository.set_status(conn, subscription_id, SubscriptionStatus.ACTIVE, "enabled by request")
    return await manageable(pool, **caller)


async def follow_link(pool: asyncpg.Pool, *, kind: str, token: str) -> str:
    """An email link: confirm a pending subscription, or unsubscribe. Returns the new status."""
    async with UnitOfWork(pool) as uow:
        row = await repository.by_token(uow.conn, f"{kind}_token", token)
        if row is None:
            raise NotFound("this link is unknown or no longer valid")
        if kind == "confirm":
            if row["status"] == SubscriptionStatus.PENDING:
                await repository.set_status(uow.conn, row["id"], SubscriptionStatus.ACTIVE, "confirmed by email")
                return "active"
            return row["status"]
        if row["status"] != SubscriptionStatus.DELETED:
            await repository.set_status(uow.conn, row["id"], SubscriptionStatus.DELETED, "unsubscribed by email link")
            await deliveries.cancel_pending(uow.conn, subscription_id=row["id"], reason="unsubscribed")
        return "deleted"


async def owner_of_request(conn: asyncpg.Connection, principal: Principal, *, organisation_id: UUID | None,
                           expert_id: UUID | None) -> Owner:
    """Whose subscriptions or feed the caller asks for: an organisation's, an expert's, or their own."""
    if organisation_id:
        owner, orgs = Owner("organisation", str(organisation_id)), []
    elif expert_id:
        owner, orgs = Owner("expert", str(expert_id)), await network.organisations_of_expert(conn, expert_id) or []
    else:
        return Owner("user", principal.subject)
    access.may_manage(principal, owner, presented_secret=None, expert_organisations=orgs)
    return owner


async def _owner(conn: asyncpg.Connection, request: SubscriptionCreate, principal: Principal | None) -> Owner:
    """Whom a new subscription belongs to: who asks, for whom, on which channel."""
    if request.organisation_id or request.expert_id:
        if principal is None:
            raise Unauthorized("authentication required: subscribing for an organisation or expert needs a token")
        return await owner_of_request(conn, principal, organisation_id=request.organisation_id,
                                      expert_id=request.expert_id)
    if principal is not None:
        return Owner("user", principal.subject)
    if request.channel == "webhook":
        return Owner("external")
    if request.channel == "email":
        if request.email is None:
            raise DomainError("email: an email subscription needs an address")
        return Owner("attendee", request.email.casefold())
    raise Unauthorized("authentication required: an in-app feed belongs to an account")
