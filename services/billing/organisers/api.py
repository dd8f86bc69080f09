"""Billing HTTP API for organisers (bearer tokens): their events' orders, refunds and door check-in."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Header, Response

from services.billing.checkin import service as checkin
from services.billing.deps import OrganisedEvent, ProviderDep
from services.billing.organisers import service
from services.billing.organisers.schemas import (
    CheckInCounts, CheckInIn, CheckInResult, HoldSetting, OrderSummary, RefundIn, RefundRead,
)
from services.billing.refunds import service as refunds
from shared import openapi
from shared.http import Cursor, Limit, Page, PoolDep
from shared.identity import CurrentPrincipal

router = APIRouter(tags=["organisers"])


@router.get("/events/{event_id}/orders", response_model=Page[OrderSummary], summary="List an event's orders")
async def event_orders(event_id: OrganisedEvent, pool: PoolDep, cursor: Cursor = None, limit: Limit = 100):
    """The event's orders, page by page, for its organisers (admins of a co-organising organisation) and
    platform operators.

    404 for an event billing does not know; 403 for a caller who does not organise it.
    """
    return await service.event_orders(pool, event_id=event_id, limit=limit, cursor=cursor)


@router.put("/events/{event_id}/hold", response_model=HoldSetting, summary="Set how long an event's orders hold seats")
async def set_hold(event_id: OrganisedEvent, body: HoldSetting, pool: PoolDep):
    """How long new orders of this event hold their seats; null returns to the service's default.

    For the event's organisers and platform operators: 404 for an unknown event, 403 for anyone else.
    """
    await service.set_hold(pool, event_id=event_id, hold_minutes=body.hold_minutes)
    return body


@router.post("/events/{event_id}/check-ins", response_model=CheckInResult, summary="Check a ticket in at the door")
async def check_in(event_id: OrganisedEvent, body: CheckInIn, pool: PoolDep):
    """Scan a ticket's code at the door; scanning it again says when it was admitted.

    Always 200 for a scan: `result` says whether it admitted someone, was checked in already, is no valid
    ticket (unknown or voided) or belongs to another event. For the event's organisers and platform operators:
    404 for an unknown event, 403 for anyone else.
    """
    return CheckInResult(**await checkin.check_in(pool, event_id=event_id, code=body.code.strip()))


@router.get("/events/{event_id}/check-ins", response_model=CheckInCounts, summary="Count an event's check-ins")
async def check_in_counts(event_id: OrganisedEvent, pool: PoolDep):
    """Per ticket type: tickets that admit someone, and how many were checked in so far.

    For the event's organisers and platform operators: 404 for an unknown event, 403 for anyone else.
    """
    return CheckInCounts(event_id=event_id, ticket_types=await checkin.counts(pool, event_id=event_id))


@router.post("/orders/{order_id}/refunds", status_code=201, response_model=RefundRead, summary="Refund an order",
             responses={200: {"model": RefundRead,
                              "description": "Replay: the refund an earlier request with this key made"},
                        **openapi.problems_for(status_409="The order is not paid (or refunded wholly already)")})
async def refund_order(order_id: UUID, body: RefundIn, principal: CurrentPrincipal, pool: PoolDep,
                       provider: ProviderDep, response: Response,
                       key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=255, description=(
                           "Optional: a retry with the same key answers the refund made the first time"))] = None):
    """Give back all (no amount) or part of a paid order; only its event's organisers and platform operators may.

    Refunding everything left voids the tickets and puts the seats back on sale. 404 for an unknown order,
    403 for a caller who does not organise its event, 422 for an amount over what is left to refund.
    With an `Idempotency-Key`, a retry answers 200 with the refund the first request made.
    """
    done = await refunds.by_organiser(pool, provider, principal=principal, order_id=order_id, amount=body.amount,
                                      reason=body.reason, key=key)
    if done.replayed:
        response.status_code = 200
    return RefundRead.of(done.refund, done.order)
