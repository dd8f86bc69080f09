"""Attempts at deliveries: send one, then remember how a batch of them went and what comes next."""

import logging
import time
from collections.abc import Mapping, Sequence

import asyncpg

from services.notifications.deliveries import repository
from services.notifications.deliveries.domain import (
    Attempted, Channel, Claim, DeliveryStatus, Outcome, RetryPolicy, Sender,
)
from services.notifications.subscriptions import repository as subscriptions
from services.notifications.subscriptions.domain import SubscriptionStatus
from shared.envelope import utc_now
from shared.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


async def attempt(claim: Claim, senders: Mapping[Channel, Sender], policy: RetryPolicy) -> Attempted:
    """Send once; nothing is written here, so that results can be recorded in batches."""
    started_at, clock = utc_now(), time.monotonic()
    try:
        outcome = await senders[claim.channel].send(claim)
    except Exception as error:  # a bug in a sender must not lose the delivery
        log.exception("sender failed", extra={"delivery_id": str(claim.id)})
        outcome = Outcome(delivered=False, error=f"internal error: {type(error).__name__}")
    duration_ms = int((time.monotonic() - clock) * 1000)
    return Attempted(claim, outcome, policy.after(claim.round_attempt, outcome, utc_now()), started_at, duration_ms)


async def record(pool: asyncpg.Pool, results: Sequence[Attempted]) -> None:
    """Every attempt and its consequence, in one transaction for the whole batch."""
    async with UnitOfWork(pool) as uow:
        await repository.record_attempts(uow.conn, results)
        await repository.settle_many(uow.conn, results)
        for result in results:
            if result.outcome.gone and result.claim.subscription_id is not None:
                await _disable(uow.conn, result.claim)
    for result in results:
        _log(result.claim, result.outcome, result.step.status)


async def cancel_inactive(pool: asyncpg.Pool, claims: Sequence[Claim]) -> None:
    """Claims whose subscription went away meanwhile are not sent."""
    async with pool.acquire() as conn:
        for subscription_id in {c.subscription_id for c in claims}:
            await repository.cancel_pending(conn, subscription_id=subscription_id, reason="subscription inactive")


async def _disable(conn: asyncpg.Connection, claim: Claim) -> None:
    """410 Gone: the receiver asked us to stop, for this and every later event."""
    reason = "receiver answered 410 Gone"
    await subscriptions.set_status(conn, claim.subscription_id, SubscriptionStatus.DISABLED, reason)
    await repository.cancel_pending(conn, subscription_id=claim.subscription_id, reason=reason)


def _log(claim: Claim, outcome: Outcome, status: DeliveryStatus) -> None:
    # Ids only: URLs may hold tokens, and secrets never leave the database but to sign.
    fields = {"delivery_id": str(claim.id), "channel": claim.channel.value, "attempt": claim.attempt,
              "status": status.value, "status_code": outcome.status_code, "error": outcome.error}
    level = logging.INFO if status == DeliveryStatus.DELIVERED else logging.WARNING
    log.log(level, "delivery attempted", extra=fields)
