"""One attempt at one delivery: send it, remember how it went, decide what comes next."""

import logging
import time
from collections.abc import Mapping

import asyncpg

from services.notifications.channels import Sender
from services.notifications.domain.deliveries import Channel, Claim, DeliveryStatus, Outcome, RetryPolicy
from services.notifications.domain.subscriptions import SubscriptionStatus
from services.notifications.repository import deliveries, subscriptions
from shared.envelope import utc_now

log = logging.getLogger(__name__)


async def attempt(pool: asyncpg.Pool, claim: Claim, senders: Mapping[Channel, Sender], policy: RetryPolicy) -> None:
    if not claim.subscription_active:
        async with pool.acquire() as conn:
            await deliveries.cancel_pending(conn, subscription_id=claim.subscription_id, reason="subscription inactive")
        return
    started_at, clock = utc_now(), time.monotonic()
    try:
        outcome = await senders[claim.channel].send(claim)
    except Exception as error:  # a bug in a sender must not lose the delivery
        log.exception("sender failed", extra={"delivery_id": str(claim.id)})
        outcome = Outcome(delivered=False, error=f"internal error: {type(error).__name__}")
    duration_ms = int((time.monotonic() - clock) * 1000)
    step = policy.after(claim.attempt, outcome, utc_now())
    async with pool.acquire() as conn, conn.transaction():
        await deliveries.record_attempt(conn, claim, outcome, started_at=started_at, duration_ms=duration_ms)
        await deliveries.settle(conn, claim, step, error=outcome.error)
        if outcome.gone and claim.subscription_id is not None:
            await _disable(conn, claim)
    _log(claim, outcome, step.status)


async def _disable(conn: asyncpg.Connection, claim: Claim) -> None:
    """410 Gone: the receiver asked us to stop, for this and every later event."""
    reason = "receiver answered 410 Gone"
    await subscriptions.set_status(conn, claim.subscription_id, SubscriptionStatus.DISABLED, reason)
    await deliveries.cancel_pending(conn, subscription_id=claim.subscription_id, reason=reason)


def _log(claim: Claim, outcome: Outcome, status: DeliveryStatus) -> None:
    # Ids only: URLs may hold tokens, and secrets never leave the database but to sign.
    fields = {"delivery_id": str(claim.id), "channel": claim.channel.value, "attempt": claim.attempt,
              "status": status.value, "status_code": outcome.status_code, "error": outcome.error}
    level = logging.INFO if status == DeliveryStatus.DELIVERED else logging.WARNING
    log.log(level, "delivery attempted", extra=fields)
