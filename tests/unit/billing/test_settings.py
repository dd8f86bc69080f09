from datetime import timedelta

import pytest
from pydantic import ValidationError

from services.billing.settings import BillingSettings


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    """Whatever the shell running the tests exported, these tests read only what they pass."""
    import os

    for name in list(os.environ):
        if name.startswith("BILLING_") or name == "SPARKNET_ENV":
            monkeypatch.delenv(name)


def test_defaults():
    settings = BillingSettings()
    assert (settings.service_name, settings.http_port, settings.db_schema) == ("billing", 8003, "billing")
    assert settings.hold == timedelta(minutes=15) and settings.webhook_tolerance_seconds == 300
    assert settings.group_id == "billing" and settings.base_url == "http://127.0.0.1:8003"


def test_a_hold_may_be_a_fraction_of_a_minute_for_tests():
    assert BillingSettings(BILLING_HOLD_MINUTES="0.05").hold == timedelta(seconds=3)


def test_the_consumer_group_follows_the_schema_unless_set():
    assert BillingSettings(BILLING_DB_SCHEMA="t_billing_1").group_id == "t_billing_1"
    assert BillingSettings(BILLING_DB_SCHEMA="x", BILLING_CONSUMER_GROUP="g").group_id == "g"


@pytest.mark.parametrize("environment", ["test", "production"])
def test_the_placeholder_webhook_secret_is_refused_outside_development(environment):
    with pytest.raises(ValidationError, match="BILLING_SANDBOX_WEBHOOK_SECRET"):
        BillingSettings(SPARKNET_ENV=environment)
    assert BillingSettings(SPARKNET_ENV=environment, BILLING_SANDBOX_WEBHOOK_SECRET="s3cret").environment == environment
