"""Notifications settings: convenient in development, strict in production."""

import pytest
from pydantic import ValidationError

from services.notifications.settings import NotificationsSettings


def settings(**env) -> NotificationsSettings:
    return NotificationsSettings(**env)


def test_defaults(monkeypatch):
    for name in ("SPARKNET_ENV", "NOTIFICATIONS_HTTP_PORT", "SMTP_PORT", "NOTIFICATIONS_ALLOW_PRIVATE_TARGETS"):
        monkeypatch.delenv(name, raising=False)
    s = settings()
    assert (s.service_name, s.http_port, s.db_schema) == ("notifications", 8004, "notifications")
    assert (s.smtp_host, s.smtp_port, s.smtp_starttls, s.max_attempts) == ("127.0.0.1", 1025, False, 5)
    assert s.webhook_timeout_seconds == 5 and s.public_url == "http://127.0.0.1:8004"


@pytest.mark.parametrize(("environment", "private", "http"), [
    ("development", True, True), ("test", True, False), ("production", False, False),
])
def test_target_rules_follow_the_environment_unless_set(environment, private, http):
    s = settings(SPARKNET_ENV=environment)
    assert (s.allow_private_targets, s.allow_http_targets) == (private, http)
    explicit = settings(SPARKNET_ENV=environment, NOTIFICATIONS_ALLOW_PRIVATE_TARGETS="false")
    assert explicit.allow_private_targets is False


def test_the_smtp_password_is_never_shown():
    s = settings(SMTP_USERNAME="mailer", SMTP_PASSWORD="hunter2-very-secret")
    assert "hunter2" not in repr(s) and "hunter2" not in str(s.model_dump())


def test_a_login_in_clear_is_refused_in_production():
    with pytest.raises(ValidationError, match="SMTP_STARTTLS"):
        settings(SPARKNET_ENV="production", SMTP_USERNAME="mailer", SMTP_PASSWORD="pw")
    settings(SPARKNET_ENV="production", SMTP_USERNAME="mailer", SMTP_PASSWORD="pw", SMTP_STARTTLS="true")


def test_username_and_password_come_together():
    with pytest.raises(ValidationError, match="together"):
        settings(SMTP_USERNAME="mailer")


def test_mail_from_must_hold_an_address():
    with pytest.raises(ValidationError, match="MAIL_FROM"):
        settings(MAIL_FROM="sparknet")


def test_emails_link_to_the_web_app_at_its_address(monkeypatch):
    monkeypatch.delenv("NOTIFICATIONS_WEB_URL", raising=False)
    assert settings().web_url == "http://127.0.0.1:8080"
    assert settings(NOTIFICATIONS_WEB_URL="https://sparknet.example.org/app").web_url == \
        "https://sparknet.example.org/app"
    for wrong in ("sparknet.example.org", "https://sparknet.example.org/?x=1", "ftp://sparknet.example.org"):
        with pytest.raises(ValidationError, match="NOTIFICATIONS_WEB_URL"):
            settings(NOTIFICATIONS_WEB_URL=wrong)
