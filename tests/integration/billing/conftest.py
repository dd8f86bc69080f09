"""A billing service on the real Kafka and PostgreSQL, and an events-service stand-in feeding it."""

from uuid import uuid4

import pytest

from services.billing.app import build
from services.billing.settings import BillingSettings
from shared import topics
from harness.auth import TokenFactory
from harness.kafka import start_group_at_end
from harness.services import run_service, settings_env

WEBHOOK_SECRET = "whsec-billing-integration"
ORDER_LINK_SECRET = "order-links-billing-integration"
CONSUMED = (topics.EVENTS_EVENT.name, topics.REGISTRY_PARTNERSHIP.name, topics.REGISTRY_IDENTITY.name)


async def start_billing(infra, **extra: str):
    env = settings_env(infra, "billing", BILLING_SANDBOX_WEBHOOK_SECRET=WEBHOOK_SECRET,
                       BILLING_ORDER_LINK_SECRET=ORDER_LINK_SECRET, **extra)
    # The sandbox calls billing back at its own address, as a real provider would.
    env["BILLING_PUBLIC_URL"] = f"http://127.0.0.1:{env['BILLING_HTTP_PORT']}"
    # Its own consumer group, started at the topic's end: no other copy shares its partitions or its history.
    env["BILLING_CONSUMER_GROUP"] = f"billing-it-{uuid4().hex[:8]}"
    await start_group_at_end(infra.bootstrap_servers, env["BILLING_CONSUMER_GROUP"], *CONSUMED)
    return run_service(build, BillingSettings(**env))


@pytest.fixture(scope="package")
async def billing(infra):
    async with await start_billing(infra) as running:
        yield running


@pytest.fixture(scope="package")
async def short_holds(infra):
    """Holds of about a second and a half, checked five times a second."""
    holds = {"BILLING_HOLD_MINUTES": "0.025", "BILLING_EXPIRY_INTERVAL_SECONDS": "0.2"}
    async with await start_billing(infra, **holds) as running:
        yield running


@pytest.fixture(scope="module")
async def tokens(infra, billing):
    """Organiser tokens whose signing key billing has learned, as from the registry."""
    from tests.integration.billing.partners import make_known  # it imports this module's constants

    factory = TokenFactory()
    await make_known(infra, billing, factory)
    return factory
