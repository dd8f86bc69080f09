"""The background loop that sends digests when they fall due, in each subscriber's time zone."""

import asyncio
import logging
from datetime import datetime

import asyncpg

from services.notifications.deliveries import repository as deliveries
from services.notifications.deliveries.domain import Delivery
from services.notifications.digests import repository
from services.notifications.digests.domain import compose, digest_id
from services.notifications.feed import repository as feed
from services.notifications.subscriptions.schedule import next_digest_at
from shared.envelope import utc_now
from shared.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


async def send_due(pool: asyncpg.Pool, now: datetime | None = None, *, batch: int = 100) -> int:
    """Compose every digest due by `now`; returns how many subscriptions were handled."""
    now = now or utc_now()
    handled = 0
    while True:
        async with UnitOfWork(pool) as uow:
            due = await repository.claim_due(uow.conn, now, limit=batch)
            for subscription, due_at in due:
                items = await repository.take_items(uow.conn, subscription.id, digest_id(subscription, due_at))
                if items:  # nothing happened: no empty digest
                    message = compose(subscription, due_at, items)
                    if isinstance(message, Delivery):
                        await deliveries.add(uow.conn, [message])
                    else:
                        await feed.add(uow.conn, [message])
                next_at = next_digest_at(subscription.digest, max(now, due_at))
                await repository.schedule(uow.conn, subscription.id, next_at)
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
