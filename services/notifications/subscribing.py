"""Subscribing: who may subscribe for whom, and what they may ask for."""

from uuid import UUID

import asyncpg

from services.notifications.domain import access
from services.notifications.domain.deliveries import Channel, Delivery
from services.notifications.domain.schedule import next_digest_at
from services.notifications.domain.subscriptions import Digest, Filters, Owner, Subscription
from services.notifications.domain.targets import TargetPolicy
from services.notifications.repository import deliveries, network, subscriptions
from services.notifications.schemas import WEEKDAYS, SubscriptionCreate
from shared.auth import Principal
from shared.envelope import utc_now
from shared.errors import Conflict, DomainError, Unauthorized


async def subscribe(pool: asyncpg.Pool, body: SubscriptionCreate, *, principal: Principal | None,
                    policy: TargetPolicy, public_url: str) -> Subscription:
    _check_shape(body)
    async with pool.acquire() as conn, conn.transaction():
        owner = await _owner(conn, body, principal)
        email = _email(body, owner, principal)
        if body.url is not None:
            policy.check_url(str(body.url))
        digest = Digest(body.digest.frequency, body.digest.local_time,
                        WEEKDAYS.index(body.digest.weekday) if body.digest.weekday else None, body.digest.timezone)
        subscription = Subscription.create(
            event_types=body.event_types, filters=Filters.from_dict(body.filters.model_dump(mode="json", exclude_none=True)),
            url=str(body.url) if body.url else None, channel=body.channel, owner=owner, email=email,
            language=body.language, involving_me=body.involving_me, digest=digest,
            confirm=email is not None and (principal is None or (principal.email or "").casefold() != email),
        )
        due = next_digest_at(digest, utc_now()) if digest.frequency != "immediate" else None
        if subscription.confirm_token and await subscriptions.recently_pending(conn, subscription.email):
            # Nobody makes us mail a stranger's address again and again.
            raise Conflict(f"email: a confirmation was sent to {subscription.email} minutes ago; follow its link")
        await subscriptions.add(conn, subscription, next_digest_at=due)
        if subscription.confirm_token:
            await deliveries.add(conn, [_confirmation(subscription, public_url)])
    return subscription


def _check_shape(body: SubscriptionCreate) -> None:
    """What one field needs of another; each message names the field to fix."""
    if body.channel == "webhook" and body.url is None:
        raise DomainError("url: a webhook subscription needs a url")
    if body.channel != "webhook" and body.url is not None:
        raise DomainError(f"url: only webhook subscriptions have a url, not {body.channel}")
    if body.organisation_id and body.expert_id:
        raise DomainError("expert_id: subscribe for an organisation or for an expert, not both")
    if body.digest.frequency != "immediate" and body.digest.at is None:
        raise DomainError(f"digest.at: a {body.digest.frequency} digest needs a local time, e.g. '08:30'")
    if body.digest.frequency == "weekly" and body.digest.weekday is None:
        raise DomainError("digest.weekday: a weekly digest needs a day, e.g. 'monday'")


async def _owner(conn: asyncpg.Connection, body: SubscriptionCreate, principal: Principal | None) -> Owner:
    if body.organisation_id or body.expert_id:
        if principal is None:
            raise Unauthorized("authentication required: subscribing for an organisation or expert needs a token")
        if body.organisation_id:
            owner = Owner("organisation", str(body.organisation_id))
            orgs: list[UUID] = []
        else:
            owner = Owner("expert", str(body.expert_id))
            orgs = await network.organisations_of_expert(conn, body.expert_id) or []
        access.may_manage(principal, owner, presented_secret=None, expert_organisations=orgs)
        return owner
    if principal is not None:
        return Owner("user", principal.subject)
    if body.channel == "webhook":
        return Owner("external")
    if body.channel == "email":
        if body.email is None:
            raise DomainError("email: an email subscription needs an address")
        return Owner("attendee", body.email.casefold())
    raise Unauthorized("authentication required: an in-app feed belongs to an account")


def _email(body: SubscriptionCreate, owner: Owner, principal: Principal | None) -> str | None:
    if body.channel != "email":
        if body.email is not None:
            raise DomainError(f"email: only email subscriptions have an address, not {body.channel}")
        return None
    if body.email is None and (principal is None or principal.email is None):
        raise DomainError("email: an email subscription needs an address")
    return str(body.email or principal.email).casefold()


def _confirmation(subscription: Subscription, public_url: str) -> Delivery:
    return Delivery(
        channel=Channel.EMAIL, recipient=subscription.email, template="confirm_subscription",
        message_id=subscription.id, event_type="SubscriptionConfirmation",
        payload={"language": subscription.language, "event_types": list(subscription.event_types),
                 "confirm_url": f"{public_url.rstrip('/')}/subscriptions/confirm/{subscription.confirm_token}"},
    )
