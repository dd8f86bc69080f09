"""Billing HTTP API for organisers (bearer tokens): their events' orders, refunds and door check-in."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Header, Query, Response

from services.billing.checkin import service as checkin
from services.billing.seats import offers
from services.billing.organisers import repository as organisers
from services.billing.refunds import service as refunds
from services.billing.orders import repository
from services.billing.orders.api import PoolDep, ProviderDep
from services.billing.organisers.schemas import (
    CheckInCounts, CheckInIn, CheckInResult, HoldSetting, OrderSummary, RefundIn, RefundRead,
)
from shared.identity import CurrentPrincipal
from shared.http import Page

router = APIRouter(tags=["organisers"])


async def _organised_event(event_id: UUID, principal: CurrentPrincipal, pool: PoolDep) -> UUID:
    async with pool.acquire() as conn:
        await organisers.require_organiser(conn, principal, event_id, "this")
    return event_id


OrganisedEvent = Annotated[UUID, Depends(_organised_event)]


@router.get("/events/{event_id}/orders", response_model=Page[OrderSummary])
async def event_orders(event_id: OrganisedEvent, pool: PoolDep, cursor: UUID | None = None,
                       limit: Annotated[int, Query(ge=1, le=500)] = 100):
    async with pool.acquire() as conn:
        rows = await repository.orders_of_event(conn, event_id, after=cursor, limit=limit + 1)
    items = [OrderSummary.of(row) for row in rows[:limit]]
    return Page(items=items, next_cursor=items[-1].id if len(rows) > limit else None)


@router.put("/events/{event_id}/hold", response_model=HoldSetting)
async def set_hold(event_id: OrganisedEvent, body: HoldSetting, pool: PoolDep):
    """How long new orders of this event hold their seats; null returns to the service's default."""
    async with pool.acquire() as conn:
        await offers.set_hold_minutes(conn, event_id, body.hold_minutes)
    return body


@router.post("/events/{event_id}/check-ins", response_model=CheckInResult)
async def check_in(event_id: OrganisedEvent, body: CheckInIn, pool: PoolDep):
    """Scan a ticket's code at the door; scanning it again says when it was admitted."""
    return CheckInResult(**await checkin.check_in(pool, event_id, body.code.strip()))


@router.get("/events/{event_id}/check-ins", response_model=CheckInCounts)
async def check_in_counts(event_id: OrganisedEvent, pool: PoolDep):
    return CheckInCounts(event_id=event_id, ticket_types=await checkin.counts(pool, event_id))


@router.post("/orders/{order_id}/refunds", status_code=201, response_model=RefundRead,
             responses={200: {"description": "Replay: the refund an earlier request with this key made"}})
async def refund_order(order_id: UUID, body: RefundIn, principal: CurrentPrincipal, pool: PoolDep,
                       provider: ProviderDep, response: Response,
                       key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=255)] = None):
    """Give back all (no amount) or part of a paid order; only its event's organisers may."""
    done = await refunds.by_organiser(pool, provider, principal, order_id, amount=body.amount,
                                      reason=body.reason, key=key)
    if done.replayed:
        response.status_code = 200
    return RefundRead.of(done.refund, done.order)
