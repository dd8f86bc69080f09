"""Composition root of the billing service."""

from pathlib import Path

from fastapi import FastAPI

from services.billing import jobs
from services.billing.checkin import api as checkin
from services.billing.consumers import REACTIONS
from services.billing.ledger import api as ledger
from services.billing.orders import access, api as orders
from services.billing.organisers import api as organisers
from services.billing.payments import api as payments
from services.billing.payments.sandbox import api as sandbox
from services.billing.payments.sandbox.provider import SandboxProvider
from services.billing.settings import BillingSettings
from services.billing.vouchers import api as vouchers
from shared import topics
from shared.runtime import ServiceRuntime

MIGRATIONS = Path(__file__).parent / "migrations"


def build(settings: BillingSettings | None = None) -> tuple[ServiceRuntime, FastAPI]:
    settings = settings or BillingSettings()
    runtime = ServiceRuntime(settings, migrations=MIGRATIONS)
    # Order link keys, made in the domain (TicketsIssued) and checked on reads: one secret per process.
    access.use_link_secret(settings.order_link_secret.get_secret_value())
    runtime.declare_published(topics.BILLING_ORDER, topics.BILLING_INVENTORY)
    # The one provider today; a real one slots in here behind the same PaymentProvider protocol.
    provider = SandboxProvider(
        lambda: runtime.pool, base_url=settings.base_url, secret=settings.sandbox_webhook_secret,
        tolerance_seconds=settings.webhook_tolerance_seconds,
    )
    runtime.on_stop(provider.close)
    runtime.include_reactions(REACTIONS)
    runtime.run_in_background(jobs.housekeeping(settings, provider))
    runtime.run_in_background(jobs.announcer(settings))
    app = runtime.http_app(
        orders.router, checkin.router, organisers.router, vouchers.router, ledger.router, payments.router,
        sandbox.router,
        title="sparknet billing",
        description="Orders, seat holds, payments, tickets and check-in, refunds, vouchers and the revenue ledger.",
    )
    app.state.payments = provider
    return runtime, app


def create_app() -> FastAPI:
    """For uvicorn's worker processes (BILLING_HTTP_WORKERS > 1): each builds its own runtime."""
    return build()[1]
