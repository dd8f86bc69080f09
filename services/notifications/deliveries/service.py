"""Looking at deliveries and dead letters, and replaying them: operators see all, subscribers their own."""

from uuid import UUID

import asyncpg

from services.notifications.deliveries import repository
from services.notifications.subscriptions import access, service as subscriptions
from shared.auth import Principal
from shared.errors import Conflict, Forbidden, NotFound


async def list_deliveries(
    pool: asyncpg.Pool, *, principal: Principal | None, presented_secret: str | None,
    subscription_id: UUID | None, status: str | None, recipient: str | None, limit: int, cursor: UUID | None,
) -> list[dict]:
    """Up to `limit` + 1 deliveries, newest first."""
    await _may_see(pool, principal, presented_secret, subscription_id)
    async with pool.acquire() as conn:
        return await repository.list_deliveries(
            conn, subscription_id=subscription_id, status=status, recipient=recipient, limit=limit + 1, before=cursor
        )


async def get_delivery(pool: asyncpg.Pool, *, delivery_id: UUID, principal: Principal | None,
                       presented_secret: str | None) -> dict:
    access.require_credentials(principal, presented_secret)
    async with pool.acquire() as conn:
        delivery = await repository.get_delivery(conn, delivery_id)
    if delivery is None:
        if principal is None:  # a secret learns only of its own subscription's deliveries
            raise Forbidden("Subscription-Secret does not match this delivery's subscription")
        raise NotFound(f"delivery {delivery_id} not found")
    await _may_see(pool, principal, presented_secret, delivery["subscription_id"])
    return delivery


async def replay(pool: asyncpg.Pool, *, delivery_id: UUID, principal: Principal | None,
                 presented_secret: str | None) -> dict:
    """A dead letter gets a fresh round of attempts, if its subscription is still active."""
    delivery = await get_delivery(pool, delivery_id=delivery_id, principal=principal,
                                  presented_secret=presented_secret)
    if delivery["status"] != "dead":
        raise Conflict(f"delivery {delivery_id} is {delivery['status']}: only dead deliveries are replayed")
    if delivery["subscription_id"] is not None:
        subscription = await subscriptions.manageable(pool, subscription_id=delivery["subscription_id"],
                                                      principal=principal, presented_secret=presented_secret)
        if subscription["status"] != "active":
            raise Conflict(f"subscription {delivery['subscription_id']} is {subscription['status']}:"
                           " enable it before replaying its deliveries")
    async with pool.acquire() as conn:
        if not await repository.replay(conn, delivery_id):
            raise Conflict(f"delivery {delivery_id} changed meanwhile; read it again")
        return await repository.get_delivery(conn, delivery_id)


async def _may_see(pool: asyncpg.Pool, principal: Principal | None, presented_secret: str | None,
                   subscription_id: UUID | None) -> None:
    """Operators see every delivery; a subscriber those of a subscription they may manage."""
    if principal is not None and principal.operator:
        return
    access.require_credentials(principal, presented_secret)
    if subscription_id is None:
        raise Forbidden("deliveries across subscriptions are for platform operators; pass subscription_id")
    await subscriptions.manageable(pool, subscription_id=subscription_id, principal=principal,
                                   presented_secret=presented_secret)
