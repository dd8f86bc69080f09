"""Billing HTTP API for buyers: place an order, read it and its tickets, see what is left."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response

from services.billing.deps import IdempotencyKey, OrderSecret, ProviderDep, SettingsDep
from services.billing.orders import idempotency
from services.billing.orders import service
from services.billing.orders.domain import Buyer
from services.billing.orders.schemas import Availability, OrderCreate, OrderPlaced, OrderRead, TicketList, TicketRead
from shared.http import PoolDep

router = APIRouter()


@router.post("/orders", status_code=201, response_model=OrderPlaced, tags=["orders"],
             responses={200: {"model": OrderPlaced,
                                   "description": "Replay: the order an earlier request with this key placed"}})
async def place_order(body: OrderCreate, key: IdempotencyKey, response: Response, pool: PoolDep,
                      provider: ProviderDep, settings: SettingsDep):
    placed = await service.place_order(
        pool, provider, key=key, fingerprint=idempotency.fingerprint(body.model_dump(mode="json")),
        event_id=body.event_id, buyer=Buyer(**body.buyer.model_dump()),
        requested=[(line.ticket_type_id, line.quantity) for line in body.lines], hold=settings.hold,
        voucher_code=body.voucher_code,
    )
    if placed.replayed:
        response.status_code = 200
    return OrderPlaced.of(placed.order, placed.payment, secret=placed.secret)


@router.get("/orders/{order_id}", response_model=OrderRead, tags=["orders"])
async def get_order(order_id: UUID, secret: OrderSecret, pool: PoolDep):
    return OrderRead.of(*await service.get_order(pool, order_id=order_id, secret=secret))


@router.get("/orders/{order_id}/tickets", response_model=TicketList, tags=["orders"])
async def list_tickets(order_id: UUID, secret: OrderSecret, pool: PoolDep):
    rows = await service.tickets(pool, order_id=order_id, secret=secret)
    return TicketList(order_id=order_id, items=[TicketRead(**row) for row in rows])


@router.get("/events/{event_id}/availability", response_model=Availability, tags=["availability"])
async def availability(event_id: UUID, pool: PoolDep,
                       ticket_type_id: Annotated[list[UUID], Query(description="hidden ticket types to include")] = []):
    """Seats left per public ticket type (and per hidden one named by `ticket_type_id`)."""
    return Availability.of(*await service.availability(pool, event_id=event_id), shown=set(ticket_type_id))
