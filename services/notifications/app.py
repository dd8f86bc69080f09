"""Composition root of the notifications service."""

import contextlib
import logging
from pathlib import Path

import httpx
from fastapi import FastAPI

from services.notifications import api, consumers, digesting
from services.notifications.channels.email import EmailSender
from services.notifications.channels.webhook import USER_AGENT, WebhookSender
from services.notifications.dispatcher import Dispatcher
from services.notifications.domain.deliveries import Channel, RetryPolicy
from services.notifications.domain.rate_limit import EndpointLimits
from services.notifications.domain.targets import TargetPolicy
from services.notifications.settings import NotificationsSettings
from shared.identity import identity_consumers
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"
CONNECTIONS_PER_CLIENT = 8


def build(settings: NotificationsSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    runtime = ServiceRuntime(settings or NotificationsSettings(), migrations=MIGRATIONS)
    runtime.include_consumers(consumers.build_router(runtime))
    runtime.include_consumers(identity_consumers(lambda: runtime.pool, group_id=runtime.settings.consumer_group))
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
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs full URLs, whose query may hold a token
    policy = TargetPolicy(allow_private=s.allow_private_targets, allow_http=s.allow_http_targets)
    timeout = httpx.Timeout(s.webhook_timeout_seconds)
    limits = httpx.Limits(max_connections=CONNECTIONS_PER_CLIENT)
    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(
                httpx.AsyncClient(timeout=timeout, limits=limits, headers={"user-agent": USER_AGENT}))
            for _ in range(-(-s.dispatch_concurrency // CONNECTIONS_PER_CLIENT))
        ]
        senders = {
            Channel.WEBHOOK: WebhookSender(clients, policy, timeout=s.webhook_timeout_seconds),
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
