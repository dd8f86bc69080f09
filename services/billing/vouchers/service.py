"""Voucher use cases for organisers: create one for their event, list the event's vouchers."""

from uuid import UUID, uuid4

import asyncpg

from services.billing.seats import repository as seats
from services.billing.vouchers import repository
from services.billing.vouchers.domain import Voucher, check_new, normalise
from shared.errors import NotFound
from shared.unit_of_work import UnitOfWork


async def create_voucher(pool: asyncpg.Pool, *, event_id: UUID, code: str, **terms) -> Voucher:
    """`terms` are the Voucher's other fields (kind, percent or amount, max_uses, validity, ticket type)."""
    voucher = Voucher(id=uuid4(), event_id=event_id, code=normalise(code), uses=0, **terms)
    async with UnitOfWork(pool) as uow:
        # Checked against the event as it is in this transaction: its ticket types and currency.
        if (event := await seats.event_on_sale(uow.conn, event_id)) is None:
            raise NotFound(f"event {event_id} not found")
        check_new(voucher, event)
        await repository.add(uow.conn, voucher)
    return voucher


async def vouchers_of_event(pool: asyncpg.Pool, *, event_id: UUID) -> list[Voucher]:
    async with pool.acquire() as conn:
        return await repository.of_event(conn, event_id)
