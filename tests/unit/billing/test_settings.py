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


REAL_SECRETS = {"BILLING_SANDBOX_WEBHOOK_SECRET": "s3cret", "BILLING_ORDER_LINK_SECRET": "an0ther-s3cret"}


@pytest.mark.parametrize("environment", ["test", "production"])
@pytest.mark.parametrize("placeholder", REAL_SECRETS)
def test_each_placeholder_secret_is_refused_outside_development(environment, placeholder):
    with pytest.raises(ValidationError, match=placeholder):
        BillingSettings(SPARKNET_ENV=environment, **{k: v for k, v in REAL_SECRETS.items() if k != placeholder})
    assert BillingSettings(SPARKNET_ENV=environment, **REAL_SECRETS).environment == environment


def test_the_order_link_secret_is_never_shown():
    settings = BillingSettings(BILLING_ORDER_LINK_SECRET="hunter2-link-secret")
    assert settings.order_link_secret.get_secret_value() == "hunter2-link-secret"
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.model_dump())
