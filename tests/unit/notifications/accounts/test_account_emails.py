"""E-mails about a person's account, read back as a mail client would: each carries its one-time link into the
web app, in the person's language, addressed by name."""

import uuid
from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest

from services.notifications.accounts.service import TEMPLATES, link_path
from services.notifications.deliveries.domain import Channel, Claim
from services.notifications.deliveries.email import compose
from shared.contracts.registry import EmailVerificationRequested, InvitationSent, PasswordResetRequested

WEB_URL = "https://sparknet.example.org"
EXPIRES = datetime(2026, 12, 5, 14, 30, tzinfo=UTC)


def verification(**fields):
    user = uuid.uuid4()
    return EmailVerificationRequested(aggregate_id=user, user_id=user, email="olena@example.org", name="Olena",
                                      link_token="tok/en+1", expires_at=EXPIRES, **fields)


def reset(**fields):
    user = uuid.uuid4()
    return PasswordResetRequested(aggregate_id=user, user_id=user, email="olena@example.org", name="Olena",
                                  link_token="reset-token", expires_at=EXPIRES, **fields)


def invitation(**fields):
    invitation_id = uuid.uuid4()
    return InvitationSent(aggregate_id=invitation_id, invitation_id=invitation_id, organisation_id=uuid.uuid4(),
                          organisation_name="Lviv Polytechnic", role="admin", invited_by="Taras Shevchuk",
                          email="colleague@example.org", link_token="invite-token", expires_at=EXPIRES, **fields)


def read(event):
    payload = {**event.model_dump(mode="json"), "link_path": link_path(event),
               "expires_at_text": event.expires_at.strftime("%Y-%m-%d %H:%M")}
    claim = Claim(id=event.message_id, channel=Channel.EMAIL, recipient=event.email, message_id=event.message_id,
                  payload=payload, attempt=1, template=TEMPLATES[type(event)])
    message = message_from_bytes(compose(claim, sender="sparknet <no-reply@sparknet.example>", web_url=WEB_URL)
                                 .as_bytes(), policy=policy.default)
    return message, message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()


def test_the_verification_link_opens_the_web_apps_page_with_the_token_escaped():
    message, text, html = read(verification())
    link = f"{WEB_URL}/verify-email?token=tok%2Fen%2B1"
    assert link in text and f'href="{link}"' in html
    assert message["To"] == "Olena <olena@example.org>"
    assert message["Subject"] == "Confirm your e-mail address for sparknet"
    assert "2026-12-05 14:30 (UTC)" in text


def test_a_password_reset_says_what_to_do_if_it_was_not_you():
    _, text, _ = read(reset())
    assert f"{WEB_URL}/reset-password?token=reset-token" in text
    assert "your password stays as it is" in text


@pytest.mark.parametrize(("language", "subject", "role_words"), [
    ("en", "Taras Shevchuk invites you to Lviv Polytechnic on sparknet", "as an administrator"),
    ("uk", "Taras Shevchuk запрошує вас до Lviv Polytechnic у sparknet", "як адміністратора"),
    ("de", "Taras Shevchuk lädt Sie zu Lviv Polytechnic auf sparknet ein", "als Administrator:in"),
])
def test_an_invitation_names_the_organisation_the_role_and_who_invites_in_each_language(language, subject, role_words):
    event = invitation(language=language)
    message, text, html = read(event)
    assert message["Subject"] == subject
    assert message["Content-Language"] == language
    assert role_words in text and role_words in html
    assert f"{WEB_URL}/invitations/{event.invitation_id}?token=invite-token" in text
