"""The background loop that sends digests when they fall due, in each subscriber's time zone."""

import asyncio
import logging
from datetime import datetime

import asyncpg

from services.notifications.domain.deliveries import Delivery
from services.notifications.domain.digests import compose, digest_id
from services.notifications.domain.schedule import next_digest_at
from services.notifications.repository import deliveries, digests, feed
from shared.envelope import utc_now

log = logging.getLogger(__name__)


async def send_due(pool: asyncpg.Pool, now: datetime | None = None, *, batch: int = 100) -> int:
    """Compose every digest due by `now`; returns how many subscriptions were handled."""
    now = now or utc_now()
    handled = 0
    while True:
        async with pool.acquire() as conn, conn.transaction():
            due = await digests.claim_due(conn, now, limit=batch)
            for subscription, due_at in due:
                items = await digests.take_items(conn, subscription.id, digest_id(subscription, due_at))
                if items:  # nothing happened: no empty digest
                    message = compose(subscription, due_at, items)
                    if isinstance(message, Delivery):
                        await deliveries.add(conn, [message])
                    else:
                        await feed.add(conn, [message])
                await digests.schedule(conn, subscription.id, next_digest_at(subscription.digest, max(now, due_at)))
        handled += len(due)
        if len(due) < batch:
            return handled


async def run(pool: asyncpg.Pool, poll_seconds: float) -> None:
    while True:
        try:
            if sent := await send_due(pool):
                log.info("digests composed", extra={"subscriptions": sent})
        except (OSError, asyncpg.PostgresError) as error:
            log.warning("digest loop failed, retrying", extra={"error": repr(error)})
        await asyncio.sleep(poll_seconds)
