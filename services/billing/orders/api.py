"""Billing HTTP API for buyers: place an order, read it and its tickets, see what is left."""

from typing import Annotated
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Header, Query, Request, Response

from services.billing.orders import idempotency
from services.billing.orders import service
from services.billing.orders.domain import Buyer
from services.billing.payments.domain import PaymentProvider
from services.billing.orders.schemas import Availability, OrderCreate, OrderPlaced, OrderRead, TicketList, TicketRead
from services.billing.settings import BillingSettings
from shared.errors import DomainError

router = APIRouter()
# Dependencies are `async def`: FastAPI runs plain `def` ones in a thread pool, a hop per call.


async def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


async def _provider(request: Request) -> PaymentProvider:
    return request.app.state.payments


async def _settings(request: Request) -> BillingSettings:
    return request.app.state.runtime.settings


async def _idempotency_key(key: Annotated[str | None, Header(alias="Idempotency-Key")] = None) -> str:
    # Checked in a dependency, before the body: a request without a key is refused whatever it holds.
    if not key or not key.strip():
        raise DomainError("Idempotency-Key header is required", status=400)
    if len(key) > 255:
        raise DomainError("Idempotency-Key header must be at most 255 characters", status=400)
    return key


async def _order_secret(
    header: Annotated[str | None, Header(alias="Order-Secret")] = None,
    query: Annotated[str | None, Query(alias="secret")] = None,
) -> str | None:
    return header or query


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
ProviderDep = Annotated[PaymentProvider, Depends(_provider)]
SettingsDep = Annotated[BillingSettings, Depends(_settings)]
IdempotencyKey = Annotated[str, Depends(_idempotency_key)]
OrderSecret = Annotated[str | None, Depends(_order_secret)]


@router.post("/orders", status_code=201, response_model=OrderPlaced, tags=["orders"],
             responses={200: {"description": "Replay: the order an earlier request with this key placed"}})
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
    return OrderRead.of(*await service.get_order(pool, order_id, secret))


@router.get("/orders/{order_id}/tickets", response_model=TicketList, tags=["orders"])
async def list_tickets(order_id: UUID, secret: OrderSecret, pool: PoolDep):
    rows = await service.tickets(pool, order_id, secret)
    return TicketList(order_id=order_id, items=[TicketRead(**row) for row in rows])


@router.get("/events/{event_id}/availability", response_model=Availability, tags=["availability"])
async def availability(event_id: UUID, pool: PoolDep,
                       ticket_type_id: Annotated[list[UUID], Query(description="hidden ticket types to include")] = []):
    """Seats left per public ticket type (and per hidden one named by `ticket_type_id`)."""
    return Availability.of(*await service.availability(pool, event_id), shown=set(ticket_type_id))
