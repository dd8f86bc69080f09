"""Composition root of the notifications service."""

from pathlib import Path

from fastapi import FastAPI

from services.notifications.announcements import api as announcements
from services.notifications.consumers import REACTIONS
from services.notifications.deliveries import api as deliveries
from services.notifications.deliveries.dispatcher import Dispatcher
from services.notifications.deliveries.domain import Channel, RetryPolicy
from services.notifications.deliveries.email import EmailSender
from services.notifications.deliveries.rate_limit import EndpointLimits
from services.notifications.deliveries.targets import TargetPolicy
from services.notifications.deliveries.webhook import WebhookSender, webhook_session
from services.notifications.digests import service as digests
from services.notifications.feed import api as feed
from services.notifications.settings import NotificationsSettings
from services.notifications.subscriptions import api as subscriptions
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: NotificationsSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    runtime = ServiceRuntime(settings or NotificationsSettings(), migrations=MIGRATIONS)
    runtime.include_reactions(REACTIONS)
    runtime.run_in_background(dispatch)
    runtime.run_in_background(send_digests)
    app = runtime.http_app(
        subscriptions.router, subscriptions.links, deliveries.router, feed.router, announcements.router,
        title="sparknet notifications",
        description="Subscriptions (webhook, email, in-app; immediate or digests), signed webhooks, emails,"
                    " the in-app feed, deliveries and dead letters.",
    )
    return runtime, app


async def dispatch(runtime: ServiceRuntime) -> None:
    """Send planned deliveries for as long as the service runs."""
    s: NotificationsSettings = runtime.settings
    policy = TargetPolicy.of(s)
    async with webhook_session(policy, timeout=s.webhook_timeout_seconds, connections=s.dispatch_concurrency,
                               per_host=s.webhook_connections_per_host) as session:
        senders = {
            Channel.WEBHOOK: WebhookSender(session, policy, timeout=s.webhook_timeout_seconds),
            Channel.EMAIL: EmailSender(s),
        }
        retry = RetryPolicy(s.max_attempts, s.retry_base_seconds, s.retry_max_seconds)
        await Dispatcher(
            runtime.pool, senders, retry, schema=s.db_schema, concurrency=s.dispatch_concurrency,
            lease_seconds=s.delivery_lease_seconds, poll_seconds=s.dispatch_poll_seconds,
            limits=EndpointLimits(rate=s.endpoint_rate_per_second, burst=s.endpoint_burst),
        ).run()


async def send_digests(runtime: ServiceRuntime) -> None:
    await digests.run(runtime.pool, runtime.settings.digest_poll_seconds)
