"""The loops every replica runs: announce seat counters; expire holds, run cancellation sagas, retry
refunds, purge old keys. Whatever waits on the payment provider runs here, never in a Kafka handler."""

import asyncio
import logging
from datetime import timedelta

import asyncpg

from services.billing.orders import expiry
from services.billing.payments import repository as payment_repository
from services.billing.payments import service as settlement
from services.billing.payments.domain import PaymentProvider
from services.billing.refunds import cancellation
from services.billing.seats import service as seats
from services.billing.settings import BillingSettings
from shared.envelope import utc_now
from shared.runtime import BackgroundTask, ServiceRuntime

log = logging.getLogger(__name__)
REFUND_RETRY_AFTER = timedelta(seconds=30)  # leave a fresh refund to the request that owes it
PURGE_EVERY = 100  # ticks


def housekeeping(settings: BillingSettings, provider: PaymentProvider) -> BackgroundTask:
    async def run(runtime: ServiceRuntime) -> None:
        tick = 0
        while True:
            try:
                await _tick(runtime.pool, provider, purge=tick % PURGE_EVERY == 0)
            except Exception:  # the loop must outlive any one failure, or holds would never expire
                log.exception("housekeeping failed, retrying")
            tick += 1
            await asyncio.sleep(settings.expiry_interval_seconds)

    return run


def announcer(settings: BillingSettings) -> BackgroundTask:
    """Seats held and sold at commit are announced here, a batch per tick (see seats.service.announce_due)."""
    async def run(runtime: ServiceRuntime) -> None:
        while True:
            try:
                await seats.announce_due(runtime.pool)
            except Exception:  # a failure leaves the counters due: the next tick announces them
                log.exception("announcing seat counters failed, retrying")
            await asyncio.sleep(settings.announce_interval_seconds)

    return run


async def _tick(pool: asyncpg.Pool, provider: PaymentProvider, *, purge: bool) -> None:
    expired = 0
    while await expiry.expire_next_hold(pool, utc_now()):
        expired += 1
    if expired:
        log.info("holds expired", extra={"count": expired})
    async with pool.acquire() as conn:
        owed = await payment_repository.requested_refunds(conn, created_before=utc_now() - REFUND_RETRY_AFTER)
    for refund in owed:
        await settlement.send_refund(pool, provider, refund)
    await cancellation.resume(pool, provider)
    if purge:
        await expiry.purge(pool, utc_now())
