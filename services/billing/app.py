"""Composition root of the billing service."""

from pathlib import Path

from fastapi import FastAPI

from services.billing.orders import api
from services.billing import consumers
from services.billing import jobs
from services.billing.organisers import api as organiser_api
from services.billing.payments import api as payments_api
from services.billing.payments.sandbox import api as sandbox_api
from services.billing.ledger import api as statement_api
from services.billing.checkin import api as tickets_api
from services.billing.vouchers import api as voucher_api
from services.billing.payments.sandbox.provider import SandboxProvider
from services.billing.settings import BillingSettings
from shared import identity, topics
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: BillingSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    settings = settings or BillingSettings()
    runtime = ServiceRuntime(settings, migrations=MIGRATIONS)
    runtime.declare_published(topics.BILLING_ORDER, topics.BILLING_INVENTORY)
    # The one provider today; a real one slots in here behind the same PaymentProvider protocol.
    provider = SandboxProvider(
        lambda: runtime.pool, base_url=settings.base_url, secret=settings.sandbox_webhook_secret,
        tolerance_seconds=settings.webhook_tolerance_seconds,
    )
    runtime.on_stop(provider.close)
    runtime.include_consumers(consumers.router(runtime, provider, group_id=settings.group_id))
    runtime.include_reactions(identity.REACTIONS)
    runtime.run_in_background(jobs.housekeeping(settings, provider))
    runtime.run_in_background(jobs.announcer(settings))
    app = runtime.http_app(
        api.router, tickets_api.router, organiser_api.router, voucher_api.router, statement_api.router,
        payments_api.router, sandbox_api.router,
        title="sparknet billing",
        description="Orders, seat holds, payments, tickets and check-in, refunds, vouchers and the revenue ledger.",
    )
    app.state.payments = provider
    return runtime, app


def create_app() -> FastAPI:
    """For uvicorn's worker processes (BILLING_HTTP_WORKERS > 1): each builds its own runtime."""
    return build()[1]
