"""Billing HTTP API for buyers: place an order, read it and its tickets, see what is left."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response

from services.billing.deps import IdempotencyKey, OrderSecret, ProviderDep, SettingsDep
from services.billing.orders import idempotency
from services.billing.orders import service
from services.billing.orders.domain import Buyer
from services.billing.orders.schemas import Availability, OrderCreate, OrderPlaced, OrderRead, TicketList, TicketRead
from shared import openapi
from shared.http import PoolDep

router = APIRouter()


@router.post("/orders", status_code=201, response_model=OrderPlaced, tags=["orders"], summary="Place an order",
             responses={200: {"model": OrderPlaced,
                              "description": "Replay: the order an earlier request with this key placed"},
                        **openapi.problems_for(
                            status_400="The body is not JSON, or `Idempotency-Key` is missing, blank or over 255"
                                       " characters",
                            status_409="Sold out (`sold_out`), too many buyers at once (`busy`), the voucher is"
                                       " used up, or the Idempotency-Key was used with a different request",
                            status_502="The payment provider did not open a checkout: retry with the same key")})
async def place_order(body: OrderCreate, key: IdempotencyKey, response: Response, pool: PoolDep,
                      provider: ProviderDep, settings: SettingsDep):
    """Hold seats of a published event for the buyer and open the payment; anyone may, no account needed.

    The answer's `secret` is shown only here: it opens the order later (`Order-Secret`). The seats are held
    until `expires_at` (the event's hold, else the service's default). 422 also for what the schema cannot
    say: an event or ticket type billing does not know, a ticket type not on sale, a voucher that does not
    apply. A retry with the same `Idempotency-Key` and body answers 200 with the same order.
    """
    placed = await service.place_order(
        pool, provider, key=key, fingerprint=idempotency.fingerprint(body.model_dump(mode="json")),
        event_id=body.event_id, buyer=Buyer(**body.buyer.model_dump()),
        requested=[(line.ticket_type_id, line.quantity) for line in body.lines], hold=settings.hold,
        voucher_code=body.voucher_code,
    )
    if placed.replayed:
        response.status_code = 200
    return OrderPlaced.of(placed.order, placed.payment, secret=placed.secret)


@router.get("/orders/{order_id}", response_model=OrderRead, tags=["orders"], summary="Read an order")
async def get_order(order_id: UUID, secret: OrderSecret, pool: PoolDep):
    """The order with its lines, payment and status, for whoever holds its secret or link key.

    404 alike for an unknown order and a missing or wrong secret: an id reveals nothing.
    """
    return OrderRead.of(*await service.get_order(pool, order_id=order_id, secret=secret))


@router.get("/orders/{order_id}/tickets", response_model=TicketList, tags=["orders"],
            summary="List an order's tickets")
async def list_tickets(order_id: UUID, secret: OrderSecret, pool: PoolDep):
    """One ticket per seat once the order is paid (none before), for whoever holds its secret or link key.

    404 alike for an unknown order and a missing or wrong secret.
    """
    rows = await service.tickets(pool, order_id=order_id, secret=secret)
    return TicketList(order_id=order_id, items=[TicketRead(**row) for row in rows])


@router.get("/events/{event_id}/availability", response_model=Availability, tags=["availability"],
            summary="See an event's seats left")
async def availability(event_id: UUID, pool: PoolDep,
                       ticket_type_id: Annotated[list[UUID], Query(description="hidden ticket types to include")] = []):
    """Seats left per public ticket type (and per hidden one named by `ticket_type_id`); anyone may ask.

    404 for an event that is not on sale here (unknown, or not published yet).
    """
    return Availability.of(*await service.availability(pool, event_id=event_id), shown=set(ticket_type_id))
