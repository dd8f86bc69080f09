"""Notifications use cases behind the HTTP API: subscribing, and looking at deliveries."""

from uuid import UUID

import asyncpg

from services.notifications.domain.subscriptions import Filters, Subscription, SubscriptionStatus
from services.notifications.domain.targets import TargetPolicy
from services.notifications.repository import deliveries, subscriptions, views
from shared.http import NotFound


async def subscribe(
    pool: asyncpg.Pool, *, policy: TargetPolicy, url: str, event_types: list[str], filters: Filters
) -> Subscription:
    policy.check_url(url)
    subscription = Subscription.create(url=url, event_types=event_types, filters=filters)
    async with pool.acquire() as conn:
        await subscriptions.add(conn, subscription)
    return subscription


async def get_subscription(pool: asyncpg.Pool, subscription_id: UUID) -> dict:
    async with pool.acquire() as conn:
        if (row := await subscriptions.get(conn, subscription_id)) is None:
            raise NotFound(f"subscription {subscription_id} not found")
        return row


async def unsubscribe(pool: asyncpg.Pool, subscription_id: UUID) -> None:
    """Stop at once: what is still pending for it is cancelled, its history stays readable."""
    async with pool.acquire() as conn, conn.transaction():
        if not await subscriptions.set_status(conn, subscription_id, SubscriptionStatus.DELETED, "deleted by request"):
            raise NotFound(f"subscription {subscription_id} not found")
        await deliveries.cancel_pending(conn, subscription_id=subscription_id, reason="subscription deleted")


async def list_deliveries(
    pool: asyncpg.Pool, *, subscription_id: UUID | None, status: str | None, recipient: str | None,
    limit: int, cursor: UUID | None,
) -> list[dict]:
    async with pool.acquire() as conn:
        return await views.list_deliveries(
            conn, subscription_id=subscription_id, status=status, recipient=recipient, limit=limit, before=cursor
        )


async def get_delivery(pool: asyncpg.Pool, delivery_id: UUID) -> dict:
    async with pool.acquire() as conn:
        if (delivery := await views.get_delivery(conn, delivery_id)) is None:
            raise NotFound(f"delivery {delivery_id} not found")
        return delivery
