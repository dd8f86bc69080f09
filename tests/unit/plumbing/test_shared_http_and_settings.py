"""Cursor pages and the placeholder-secret rule that every service shares."""

import uuid

import pytest
from pydantic import ValidationError

from services.billing.settings import BillingSettings
from services.registry.settings import RegistrySettings
from shared.http import Page


def test_a_page_read_with_one_row_too_many_points_at_the_next_page():
    rows = [{"id": uuid.uuid4()} for _ in range(3)]
    page = Page.of(rows, 2)
    assert page.items == rows[:2] and page.next_cursor == rows[1]["id"]


def test_the_last_page_has_no_cursor_even_when_exactly_full():
    rows = [{"id": uuid.uuid4()} for _ in range(2)]
    assert Page.of(rows, 2).next_cursor is None


def test_a_placeholder_secret_is_refused_outside_development(monkeypatch):
    monkeypatch.setenv("SPARKNET_ENV", "production")
    monkeypatch.setenv("BILLING_ORDER_LINK_SECRET", "a-real-link-secret")  # the sandbox one is refused, then
    with pytest.raises(ValidationError, match="BILLING_SANDBOX_WEBHOOK_SECRET must be set to a real secret"):
        BillingSettings()
    monkeypatch.setenv("BILLING_SANDBOX_WEBHOOK_SECRET", "a-real-secret")
    assert BillingSettings().sandbox_webhook_secret == "a-real-secret"


def test_no_operator_bootstrap_needs_no_operator_password(monkeypatch):
    monkeypatch.setenv("SPARKNET_ENV", "production")
    with pytest.raises(ValidationError, match="REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD"):
        RegistrySettings()
    monkeypatch.setenv("REGISTRY_BOOTSTRAP_OPERATOR_EMAIL", "")
    assert RegistrySettings().bootstrap_operator_email == ""


def test_the_consumer_group_follows_the_schema_unless_set(monkeypatch):
    monkeypatch.setenv("BILLING_DB_SCHEMA", "billing_eu")
    assert BillingSettings().group_id == "billing_eu"
    monkeypatch.setenv("BILLING_CONSUMER_GROUP", "billing-blue")
    assert BillingSettings().group_id == "billing-blue"
