"""Notifications HTTP API: parse, call the service layer, answer."""

from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request, Response

from services.notifications import service
from services.notifications.domain.deliveries import DeliveryStatus
from services.notifications.domain.subscriptions import Filters
from services.notifications.domain.targets import TargetPolicy
from services.notifications.schemas import (
    DeliveryDetail,
    DeliveryRead,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionRead,
)
from services.notifications.settings import NotificationsSettings
from shared.http import Page

router = APIRouter()


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


def _settings(request: Request) -> NotificationsSettings:
    return request.app.state.runtime.settings


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
SettingsDep = Annotated[NotificationsSettings, Depends(_settings)]
Limit = Annotated[int, Query(ge=1, le=200)]


@router.post("/subscriptions", status_code=201, response_model=SubscriptionCreated, tags=["subscriptions"])
async def subscribe(body: SubscriptionCreate, pool: PoolDep, settings: SettingsDep, response: Response):
    policy = TargetPolicy(allow_private=settings.allow_private_targets, allow_http=settings.allow_http_targets)
    subscription = await service.subscribe(
        pool, policy=policy, url=str(body.url), event_types=body.event_types,
        filters=Filters(**body.filters.model_dump(mode="json", exclude_none=True)),
    )
    response.headers["location"] = f"{settings.public_url.rstrip('/')}/subscriptions/{subscription.id}"
    return {**await service.get_subscription(pool, subscription.id), "secret": subscription.secret}


@router.get("/subscriptions/{subscription_id}", response_model=SubscriptionRead, tags=["subscriptions"])
async def get_subscription(subscription_id: UUID, pool: PoolDep):
    return await service.get_subscription(pool, subscription_id)


@router.delete("/subscriptions/{subscription_id}", status_code=204, tags=["subscriptions"])
async def unsubscribe(subscription_id: UUID, pool: PoolDep) -> None:
    await service.unsubscribe(pool, subscription_id)


@router.get("/deliveries", response_model=Page[DeliveryRead], tags=["deliveries"])
async def list_deliveries(
    pool: PoolDep, subscription_id: UUID | None = None, status: DeliveryStatus | None = None,
    recipient: str | None = None, limit: Limit = 50, cursor: UUID | None = None,
):
    """Newest first; pass `next_cursor` back as `cursor` for older ones."""
    items = await service.list_deliveries(
        pool, subscription_id=subscription_id, status=status, recipient=recipient, limit=limit, cursor=cursor
    )
    return {"items": items, "next_cursor": items[-1]["id"] if len(items) == limit else None}


@router.get("/deliveries/{delivery_id}", response_model=DeliveryDetail, tags=["deliveries"])
async def get_delivery(delivery_id: UUID, pool: PoolDep):
    return await service.get_delivery(pool, delivery_id)
