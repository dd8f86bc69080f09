"""Subscriptions: create, read, list, delete, rotate the secret, enable again."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response

from services.notifications import managing, subscribing
from services.notifications.api.deps import Limit, PoolDep, SecretHeader, SettingsDep, target_policy
from services.notifications.repository import subscriptions as stored
from services.notifications.schemas import SecretRotated, SubscriptionCreate, SubscriptionCreated, SubscriptionRead
from shared.http import Page
from shared.identity import CurrentPrincipal, MaybePrincipal

router = APIRouter(tags=["subscriptions"])


@router.post("/subscriptions", status_code=201, response_model=SubscriptionCreated)
async def subscribe(body: SubscriptionCreate, pool: PoolDep, settings: SettingsDep, principal: MaybePrincipal,
                    response: Response):
    """Without a token: an anonymous webhook (public events), or an attendee's email (confirmed by a link)."""
    subscription = await subscribing.subscribe(pool, body, principal=principal, policy=target_policy(settings),
                                               public_url=settings.public_url)
    response.headers["location"] = f"{settings.public_url.rstrip('/')}/subscriptions/{subscription.id}"
    async with pool.acquire() as conn:
        row = await stored.get(conn, subscription.id)
    return {**managing.present(row), "secret": subscription.secret}


@router.get("/subscriptions", response_model=Page[SubscriptionRead])
async def list_subscriptions(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                             expert_id: UUID | None = None, limit: Limit = 50, cursor: UUID | None = None):
    items = await managing.list_owned(pool, principal, organisation_id=organisation_id, expert_id=expert_id,
                                         limit=limit, cursor=cursor)
    return {"items": items, "next_cursor": items[-1]["id"] if len(items) == limit else None}


@router.get("/subscriptions/{subscription_id}", response_model=SubscriptionRead)
async def get_subscription(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader = None):
    return managing.present(await managing.manageable(pool, subscription_id, principal, secret))


@router.delete("/subscriptions/{subscription_id}", status_code=204)
async def unsubscribe(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader = None):
    await managing.manageable(pool, subscription_id, principal, secret)
    await managing.unsubscribe(pool, subscription_id)


@router.post("/subscriptions/{subscription_id}/secret", response_model=SecretRotated)
async def rotate_secret(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader = None,
                        overlap_hours: Annotated[float, Query(gt=0, le=168)] = 24):
    """A new secret; the old one keeps signing alongside it for `overlap_hours`."""
    subscription = await managing.manageable(pool, subscription_id, principal, secret)
    new_secret, expires_at = await managing.rotate_secret(pool, subscription, overlap_hours=overlap_hours)
    return {"secret": new_secret, "previous_secret_expires_at": expires_at}


@router.post("/subscriptions/{subscription_id}/enable", response_model=SubscriptionRead)
async def enable(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader = None):
    """Resume a subscription that a 410 Gone disabled."""
    await managing.enable(pool, await managing.manageable(pool, subscription_id, principal, secret))
    return managing.present(await managing.manageable(pool, subscription_id, principal, secret))
