"""The ticket confirmation email, read back as a mail client would."""

import uuid
from email import message_from_bytes, policy

import pytest

from services.notifications.deliveries.email import compose, written_in
from services.notifications.deliveries.domain import Channel, Claim
from services.notifications.deliveries.languages import language_of
from tests.unit.notifications.factories import tickets_issued

SENDER = "sparknet <no-reply@sparknet.example>"


def _read(**overrides):
    event = tickets_issued(**overrides)
    claim = Claim(id=event.message_id, channel=Channel.EMAIL, recipient=event.buyer_email,
                  message_id=event.message_id, payload=event.model_dump(mode="json"), attempt=1,
                  template="tickets_issued")
    raw = compose(claim, sender=SENDER).as_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return message, text, html


def test_english_confirmation_lists_the_event_and_every_ticket_code():
    message, text, html = _read()
    assert message.get_content_type() == "multipart/mixed"  # the text and HTML alternatives, then the tickets
    assert message["Subject"] == "Your tickets for Festival of Science & <Art>"
    assert message["To"] == "Olena Kovalenko <olena@example.org>"
    assert message["From"] == SENDER
    assert message["Content-Language"] == "en"
    for body in (text, html):
        assert "SPK-7Q2M-XK4D" in body and "SPK-9ZZ1-ABCD" in body
    assert 'Your tickets for "Festival of Science & <Art>"' in text


def test_the_ticket_email_carries_each_ticket_as_an_attachment():
    message, _, _ = _read()
    attachments = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert set(attachments) == {"ticket-SPK-7Q2M-XK4D.txt", "ticket-SPK-9ZZ1-ABCD.txt"}
    assert "Code: SPK-7Q2M-XK4D" in attachments["ticket-SPK-7Q2M-XK4D.txt"]
    assert "Festival of Science & <Art>" in attachments["ticket-SPK-7Q2M-XK4D.txt"]
    assert message["List-Unsubscribe"] is None  # a transactional email, not a subscription


def test_the_html_part_escapes_what_buyers_and_organisers_typed():
    _, _, html = _read(buyer_name="<script>alert(1)</script>")
    assert "<script>" not in html
    assert "Festival of Science &amp; &lt;Art&gt;" in html


def test_ukrainian_confirmation_is_written_in_ukrainian():
    message, text, html = _read(language="uk", buyer_name="Олена Коваленко", event_title="Фестиваль науки")
    assert message["Subject"] == "Ваші квитки на Фестиваль науки"
    assert message["To"] == "Олена Коваленко <olena@example.org>"
    assert message["Content-Language"] == "uk"
    assert "Вітаємо, Олена Коваленко!" in text and "Ваші квитки на «Фестиваль науки»" in text
    assert '<html lang="uk">' in html and "Код квитка" in html and "SPK-7Q2M-XK4D" in html


def test_a_buyer_without_a_name_is_greeted_all_the_same():
    message, text, _ = _read(buyer_name=None)
    assert message["To"] == "olena@example.org"
    assert text.startswith("Hello,")


def test_the_message_id_is_stable_across_retries():
    event = tickets_issued()
    claim = Claim(id=event.message_id, channel=Channel.EMAIL, recipient=event.buyer_email,
                  message_id=event.message_id, payload=event.model_dump(mode="json"), attempt=1,
                  template="tickets_issued")
    assert compose(claim, sender=SENDER)["Message-ID"] == compose(claim, sender=SENDER)["Message-ID"]


def test_a_title_with_a_line_break_cannot_inject_headers():
    message, _, _ = _read(event_title="Expo\r\nBcc: victim@example.org")
    assert message["Bcc"] is None and message["Subject"] == "Your tickets for Expo Bcc: victim@example.org"


@pytest.mark.parametrize(("language", "written"), [("uk", "uk"), ("uk-UA", "uk"), ("UK", "uk"), ("en-GB", "en"),
                                                   ("pl", "en"), ("de-AT", "de"), ("", "en"), (None, "en")])
def test_unsupported_languages_fall_back_to_english(language, written):
    assert language_of({"language": language}) == written


def test_a_template_written_in_more_languages_is_sent_in_them():
    assert written_in("tickets_issued") == {"en", "uk", "de"}
    assert written_in("digest") == {"en", "uk", "de"}
    assert language_of({"language": "de-DE"}, offered=written_in("tickets_issued")) == "de"
    assert language_of({"language": "pl"}, offered=written_in("digest")) == "en"


@pytest.mark.parametrize(("language", "listed"), [
    ("uk", "публікація події, перенесення події"), ("en", "event publication, event rescheduling"),
    ("de", "Veröffentlichung einer Veranstaltung, Verlegung einer Veranstaltung"),
])
def test_a_subscription_confirmation_names_the_event_types_in_words(language, listed):
    from services.notifications.deliveries.domain import Delivery
    from services.notifications.subscriptions.domain import Filters, Owner, Subscription
    subscription = Subscription.create(event_types=["EventPublished", "EventRescheduled"], filters=Filters(),
                                       channel="email", email="olena@example.org", owner=Owner("user", "u"),
                                       language=language)
    delivery = Delivery.confirmation(subscription, "https://notifications.example.org")
    claim = Claim(id=delivery.message_id, channel=Channel.EMAIL, recipient=delivery.recipient,
                  message_id=delivery.message_id, payload=delivery.payload, attempt=1, template=delivery.template)

    message = message_from_bytes(compose(claim, sender=SENDER).as_bytes(), policy=policy.default)

    for body in (message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()):
        assert listed in body and "EventPublished" not in body


@pytest.mark.parametrize(("template", "payload"), [
    ("notification", {"title": "Neue Veranstaltung: Kreativ-Jam", "lines": ["Ort: Berlin"]}),
    ("digest", {"title": "Ihr täglicher sparknet-Überblick: 1 Neuigkeiten",
                "items": [{"title": "Neue Veranstaltung: Kreativ-Jam", "lines": ["Ort: Berlin"]}]}),
])
def test_subscription_emails_are_written_in_german_too(template, payload):
    claim = Claim(id=uuid.uuid4(), channel=Channel.EMAIL, recipient="anna@example.org", message_id=uuid.uuid4(),
                  payload={"language": "de", **payload}, attempt=1, template=template, unsubscribe_token="t")

    message = message_from_bytes(compose(claim, sender=SENDER).as_bytes(), policy=policy.default)

    assert message["Subject"] == payload["title"]
    assert "Abbestellen" in message.get_body(("plain",)).get_content()
