"""The four services as separate processes on the real infrastructure, with a real
SMTP server and webhook receiver run by the test."""

import secrets
import uuid

import pytest

from shared import topics
from harness.kafka import start_group_at_end
from harness.processes import ServiceProcess
from harness.receivers import MailServer, WebhookReceiver
from harness.services import settings_env

OPERATOR_EMAIL, OPERATOR_PASSWORD = "operator@example.org", secrets.token_urlsafe(16)
# Every consumer group of this run starts at the topics' current ends: this run's messages only.
CONSUMERS = ("registry", "events", "billing", "notifications")


@pytest.fixture(scope="module")
def mail():
    with MailServer() as server:
        yield server


@pytest.fixture(scope="module")
def webhooks():
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture(scope="module")
async def platform(infra, mail, webhooks, tmp_path_factory):
    """registry, events, billing, notifications: each its own process, port, schema and group."""
    run = uuid.uuid4().hex[:6]
    envs = {name: settings_env(infra, name) for name in ("registry", "events", "billing", "notifications")}
    envs["registry"] |= {"REGISTRY_BOOTSTRAP_OPERATOR_EMAIL": OPERATOR_EMAIL,
                         "REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD": OPERATOR_PASSWORD}
    billing_url = f"http://127.0.0.1:{envs['billing']['BILLING_HTTP_PORT']}"
    envs["billing"] |= {
        "BILLING_PUBLIC_URL": billing_url, "BILLING_EXPIRY_INTERVAL_SECONDS": "1",
        "BILLING_SANDBOX_WEBHOOK_SECRET": secrets.token_hex(16),
    }
    envs["notifications"] |= {
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(mail.port),
        "NOTIFICATIONS_ALLOW_HTTP_TARGETS": "true", "NOTIFICATIONS_RETRY_BASE_SECONDS": "1",
        "NOTIFICATIONS_DISPATCH_POLL_SECONDS": "1",
    }
    for name in CONSUMERS:
        group = f"e2e-{name}-{run}"
        envs[name][f"{name.upper()}_CONSUMER_GROUP"] = group
        await start_group_at_end(infra.bootstrap_servers, group, *topics.all_topic_names())
    log_dir = tmp_path_factory.mktemp("logs")
    services = {name: ServiceProcess(name, env, log_dir).start() for name, env in envs.items()}
    try:
        for service in services.values():
            service.wait_healthy()
        yield services
    finally:
        for service in services.values():
            service.stop()
