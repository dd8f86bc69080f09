"""Composition root of the notifications service."""

from pathlib import Path

from fastapi import FastAPI

from services.notifications import api, consumers, digesting
from services.notifications.channels.email import EmailSender
from services.notifications.channels.webhook import WebhookSender, webhook_session
from services.notifications.dispatcher import Dispatcher
from services.notifications.domain.deliveries import Channel, RetryPolicy
from services.notifications.domain.rate_limit import EndpointLimits
from services.notifications.domain.targets import TargetPolicy
from services.notifications.settings import NotificationsSettings
from shared import identity
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: NotificationsSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    runtime = ServiceRuntime(settings or NotificationsSettings(), migrations=MIGRATIONS)
    runtime.include_consumers(consumers.build_router(runtime))
    runtime.include_reactions(identity.REACTIONS)
    runtime.run_in_background(dispatch)
    runtime.run_in_background(send_digests)
    app = runtime.http_app(
        api.router,
        title="sparknet notifications",
        description="Subscriptions (webhook, email, in-app; immediate or digests), signed webhooks, emails,"
                    " the in-app feed, deliveries and dead letters.",
    )
    return runtime, app


async def dispatch(runtime: ServiceRuntime) -> None:
    """Send planned deliveries for as long as the service runs."""
    s: NotificationsSettings = runtime.settings
    policy = TargetPolicy(allow_private=s.allow_private_targets, allow_http=s.allow_http_targets)
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
    await digesting.run(runtime.pool, runtime.settings.digest_poll_seconds)
