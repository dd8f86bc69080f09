"""Webhook bodies are signed per Standard Webhooks: receivers verify them with the library."""

from datetime import UTC, datetime, timedelta

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from services.notifications.deliveries.webhook import body_of, signed_headers
from services.notifications.subscriptions.domain import generate_secret
from tests.unit.notifications.factories import event_published


@pytest.fixture
def signed():
    secret, event = generate_secret(), event_published(title="Майстер-клас: «Дизайн»")
    body = body_of(event.model_dump(mode="json"))
    return secret, event, body, signed_headers(secret, str(event.message_id), body, datetime.now(UTC))


def test_a_receiver_verifies_the_signature_and_reads_the_event(signed):
    secret, event, body, headers = signed
    received = Webhook(secret).verify(body.encode(), headers)
    assert received["message_id"] == str(event.message_id)
    assert received["title"] == "Майстер-клас: «Дизайн»"


def test_the_headers_name_the_event_and_the_time(signed):
    _, event, _, headers = signed
    assert headers["webhook-id"] == str(event.message_id)
    assert headers["webhook-timestamp"].isdigit()
    assert headers["webhook-signature"].startswith("v1,")


def test_a_tampered_body_fails_verification(signed):
    secret, _, body, headers = signed
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body.replace("Lviv", "Kyiv"), headers)


def test_another_secret_fails_verification(signed):
    _, _, body, headers = signed
    with pytest.raises(WebhookVerificationError):
        Webhook(generate_secret()).verify(body, headers)


def test_an_old_signature_is_refused_against_replay():
    secret, event = generate_secret(), event_published()
    body = body_of(event.model_dump(mode="json"))
    headers = signed_headers(secret, str(event.message_id), body, datetime.now(UTC) - timedelta(minutes=10))
    with pytest.raises(WebhookVerificationError, match="too old"):
        Webhook(secret).verify(body, headers)


def test_the_body_is_the_same_text_on_every_retry():
    payload = event_published().model_dump(mode="json")
    assert body_of(payload) == body_of(dict(payload))


def test_during_a_rotation_the_signature_header_carries_both_and_either_secret_verifies():
    new, old = generate_secret(), generate_secret()
    event = event_published()
    body = body_of(event.model_dump(mode="json"))
    headers = signed_headers(new, str(event.message_id), body, datetime.now(UTC), previous_secret=old)
    assert [s[:3] for s in headers["webhook-signature"].split(" ")] == ["v1,", "v1,"]
    for secret in (new, old):
        assert Webhook(secret).verify(body, headers)["message_id"] == str(event.message_id)
    with pytest.raises(WebhookVerificationError):
        Webhook(generate_secret()).verify(body, headers)
