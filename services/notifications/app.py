"""Composition root of the notifications service."""

import logging
from pathlib import Path

import httpx
from fastapi import FastAPI

from services.notifications import api, consumers
from services.notifications.channels.email import EmailSender
from services.notifications.channels.webhook import USER_AGENT, WebhookSender
from services.notifications.dispatcher import Dispatcher
from services.notifications.domain.deliveries import Channel, RetryPolicy
from services.notifications.domain.targets import TargetPolicy
from services.notifications.settings import NotificationsSettings
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: NotificationsSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    runtime = ServiceRuntime(settings or NotificationsSettings(), migrations=MIGRATIONS)
    runtime.include_consumers(consumers.build_router(runtime))
    runtime.run_in_background(dispatch)
    app = runtime.http_app(
        api.router,
        title="sparknet notifications",
        description="Webhook subscriptions, and the webhooks and emails sent for events on the bus.",
    )
    return runtime, app


async def dispatch(runtime: ServiceRuntime) -> None:
    """Send planned deliveries for as long as the service runs."""
    s: NotificationsSettings = runtime.settings
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs full URLs, whose query may hold a token
    policy = TargetPolicy(allow_private=s.allow_private_targets, allow_http=s.allow_http_targets)
    timeout = httpx.Timeout(s.webhook_timeout_seconds)
    limits = httpx.Limits(max_connections=s.dispatch_concurrency)
    async with httpx.AsyncClient(timeout=timeout, limits=limits, headers={"user-agent": USER_AGENT}) as client:
        senders = {
            Channel.WEBHOOK: WebhookSender(client, policy, timeout=s.webhook_timeout_seconds),
            Channel.EMAIL: EmailSender(s),
        }
        retry = RetryPolicy(s.max_attempts, s.retry_base_seconds, s.retry_max_seconds)
        await Dispatcher(
            runtime.pool, senders, retry, schema=s.db_schema, concurrency=s.dispatch_concurrency,
            lease_seconds=s.delivery_lease_seconds, poll_seconds=s.dispatch_poll_seconds,
        ).run()
