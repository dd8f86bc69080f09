"""Deliveries, every attempt of each, and dead letters with their replay."""

from uuid import UUID

from fastapi import APIRouter

from services.notifications.deliveries import service
from services.notifications.deliveries.domain import DeliveryStatus
from services.notifications.deliveries.schemas import DeliveryDetail, DeliveryRead
from services.notifications.subscriptions.schemas import SecretHeader
from shared import openapi
from shared.http import Cursor, Limit, Page, PoolDep
from shared.identity import MaybePrincipal

router = APIRouter(tags=["deliveries"])

_UNKNOWN_SUBSCRIPTION = openapi.problems_for(status_404="No subscription of that `subscription_id`")


@router.get("/deliveries", response_model=Page[DeliveryRead], summary="List deliveries",
            responses=_UNKNOWN_SUBSCRIPTION)
async def list_deliveries(
    pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader, subscription_id: UUID | None = None,
    status: DeliveryStatus | None = None, recipient: str | None = None, limit: Limit = 50, cursor: Cursor = None,
):
    """Newest first; pass `next_cursor` back as `cursor` for older ones. Operators see all; anyone else names the
    `subscription_id` of a subscription they may manage (its owner, or an anonymous webhook endpoint with its
    `Subscription-Secret`), else 403."""
    rows = await service.list_deliveries(
        pool, principal=principal, presented_secret=secret, subscription_id=subscription_id, status=status,
        recipient=recipient, limit=limit, cursor=cursor,
    )
    return Page.of(rows, limit)


@router.get("/deliveries/{delivery_id}", response_model=DeliveryDetail, summary="Read a delivery")
async def get_delivery(delivery_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader):
    """One delivery with every attempt made: when, how long, what the receiver answered. For operators and for
    whoever may manage its subscription."""
    return await service.get_delivery(pool, delivery_id=delivery_id, principal=principal, presented_secret=secret)


@router.get("/dead-letters", response_model=Page[DeliveryRead], tags=["dead letters"], summary="List dead letters",
            responses=_UNKNOWN_SUBSCRIPTION)
async def list_dead_letters(pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader,
                            subscription_id: UUID | None = None, limit: Limit = 50, cursor: Cursor = None):
    """Deliveries that ran out of attempts or were refused for good, newest first. Operators see all; anyone else
    names the `subscription_id` of a subscription they may manage, else 403."""
    rows = await service.list_deliveries(
        pool, principal=principal, presented_secret=secret, subscription_id=subscription_id,
        status=DeliveryStatus.DEAD, recipient=None, limit=limit, cursor=cursor,
    )
    return Page.of(rows, limit)


@router.post("/dead-letters/{delivery_id}/replay", response_model=DeliveryDetail, tags=["dead letters"],
             summary="Replay a dead letter",
             responses=openapi.problems_for(status_409="The delivery is not dead, or its subscription is not active"
                                                       " (enable it first), or it changed meanwhile"))
async def replay(delivery_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader):
    """Try again with a fresh round of attempts; the earlier attempts stay in its history. For operators and for
    whoever may manage its subscription."""
    return await service.replay(pool, delivery_id=delivery_id, principal=principal, presented_secret=secret)
