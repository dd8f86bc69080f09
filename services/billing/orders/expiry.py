"""Holds that run out give their seats back; stale idempotency keys and receipts go."""

from datetime import datetime, timedelta

import asyncpg

from services.billing.orders import repository
from services.billing.payments import repository as payment_repository
from services.billing.seats import repository as seats
from services.billing.seats.domain import in_lock_order
from services.billing.vouchers import repository as voucher_repository
from shared.unit_of_work import UnitOfWork

KEYS_KEPT = timedelta(days=1)  # a client retries within minutes; a day is generous
RECEIPTS_KEPT = timedelta(days=7)  # longer than any provider keeps retrying a webhook


async def expire_next_hold(pool: asyncpg.Pool, now: datetime) -> bool:
    """Expire the oldest hold past due, if any; its own transaction, so replicas share the work."""
    async with UnitOfWork(pool) as uow:
        order = await repository.next_due_hold(uow.conn, now)
        if order is None:
            return False
        order.expire()
        await voucher_repository.give_back(uow.conn, order.voucher_id)  # voucher before seats, as orders lock them
        for line in in_lock_order(order.lines):
            await seats.release(uow.conn, line.ticket_type_id, line.quantity)
        await repository.save_status(uow.conn, order)
        uow.collect(order)  # the seats are announced by jobs.announcer
    return True


async def purge(pool: asyncpg.Pool, now: datetime) -> None:
    async with pool.acquire() as conn:
        await repository.purge_keys(conn, before=now - KEYS_KEPT)
        await payment_repository.purge_receipts(conn, before=now - RECEIPTS_KEPT)
