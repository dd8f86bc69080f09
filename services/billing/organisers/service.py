"""Organiser use cases: who may act on an event, its orders page by page, and how long its orders hold seats."""

from uuid import UUID

import asyncpg

from services.billing.offers import repository as offers
from services.billing.orders import repository as orders
from services.billing.organisers import repository
from services.billing.organisers.schemas import OrderSummary
from shared.auth import Principal
from shared.contracts.registry import PartnershipFormed, PartnershipMemberAdded, PartnershipMemberRemoved
from shared.http import Page
from shared.unit_of_work import UnitOfWork


async def require_organiser(pool: asyncpg.Pool, *, principal: Principal, event_id: UUID) -> None:
    """404 for an event billing does not know; 403 unless the caller organises it (or operates the platform)."""
    async with pool.acquire() as conn:
        await repository.require_organiser(conn, principal, event_id, "this")


async def event_orders(pool: asyncpg.Pool, *, event_id: UUID, limit: int, cursor: UUID | None) -> Page[OrderSummary]:
    async with pool.acquire() as conn:
        rows = await orders.orders_of_event(conn, event_id, after=cursor, limit=limit + 1)
    return Page[OrderSummary].of([OrderSummary.of(row) for row in rows], limit)


async def set_hold(pool: asyncpg.Pool, *, event_id: UUID, hold_minutes: int | None) -> None:
    """None returns the event to the service's default hold."""
    async with UnitOfWork(pool) as uow:
        await offers.set_hold_minutes(uow.conn, event_id, hold_minutes)


async def on_partnership_members(uow: UnitOfWork,
                                 event: PartnershipFormed | PartnershipMemberAdded | PartnershipMemberRemoved) -> None:
    """Which organisations make up a partnership (members only, never those merely invited): their admins
    organise its events. Every one of these events lists all members: applying it again changes nothing."""
    await repository.project_partnership(uow.conn, event)
