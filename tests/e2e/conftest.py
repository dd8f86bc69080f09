"""The four services as separate processes on the real infrastructure, with a real
SMTP server and webhook receiver run by the test."""

import secrets

import pytest

from harness.platform import platform_envs, port_of, running_platform
from harness.receivers import MailServer, WebhookReceiver

OPERATOR_EMAIL, OPERATOR_PASSWORD = "operator@example.org", secrets.token_urlsafe(16)
WEB_URL = "https://sparknet.example.org"  # where e-mails send the reader: the web app's pages


@pytest.fixture(scope="module")
def mail():
    with MailServer() as server:
        yield server


@pytest.fixture(scope="module")
def webhooks():
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture(scope="module")
def registry_settings() -> dict[str, str]:
    """More of the registry's environment, for a module that needs it (override in the module)."""
    return {}


@pytest.fixture(scope="module")
async def platform(infra, mail, webhooks, registry_settings, tmp_path_factory):
    """registry, events, billing, notifications: each its own process, port, schema and group."""
    envs = platform_envs(infra, {"registry": {"REGISTRY_BOOTSTRAP_OPERATOR_EMAIL": OPERATOR_EMAIL,
                                              "REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD": OPERATOR_PASSWORD,
                                              **registry_settings}})
    billing_url = f"http://127.0.0.1:{port_of(envs, 'billing')}"
    envs["billing"] |= {
        "BILLING_PUBLIC_URL": billing_url, "BILLING_EXPIRY_INTERVAL_SECONDS": "1",
        "BILLING_SANDBOX_WEBHOOK_SECRET": secrets.token_hex(16), "BILLING_ORDER_LINK_SECRET": secrets.token_hex(16),
    }
    envs["notifications"] |= {
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(mail.port), "NOTIFICATIONS_WEB_URL": WEB_URL,
        "NOTIFICATIONS_ALLOW_HTTP_TARGETS": "true", "NOTIFICATIONS_RETRY_BASE_SECONDS": "1",
        "NOTIFICATIONS_DISPATCH_POLL_SECONDS": "1",
    }
    async with running_platform(infra, envs, tmp_path_factory.mktemp("logs")) as services:
        yield services
