"""Composition root of the billing service."""

from pathlib import Path

from fastapi import FastAPI

from services.billing import api, consumers, jobs, payments_api, sandbox_api
from services.billing.sandbox import SandboxProvider
from services.billing.settings import BillingSettings
from shared import topics
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: BillingSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    settings = settings or BillingSettings()
    runtime = ServiceRuntime(settings, migrations=MIGRATIONS)
    runtime.declare_published(topics.BILLING_ORDER, topics.BILLING_INVENTORY)
    runtime.include_consumers(consumers.router(runtime, group_id=settings.group_id))
    # The one provider today; a real one slots in here behind the same PaymentProvider protocol.
    provider = SandboxProvider(
        lambda: runtime.pool, base_url=settings.base_url, secret=settings.sandbox_webhook_secret,
        tolerance_seconds=settings.webhook_tolerance_seconds,
    )
    runtime.run_in_background(jobs.housekeeping(settings, provider))
    app = runtime.http_app(
        api.router, payments_api.router, sandbox_api.router,
        title="sparknet billing",
        description="Orders, seat holds, payments and tickets.",
    )
    app.state.payments = provider
    return runtime, app
