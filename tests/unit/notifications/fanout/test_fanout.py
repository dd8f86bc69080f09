"""One event, many subscriptions: what each channel and frequency gets; digests composed and localised."""

from datetime import UTC, datetime, time
from email import message_from_bytes, policy
from uuid import uuid4

import pytest

from services.notifications.deliveries.email import compose as compose_email
from services.notifications.deliveries.domain import Channel, Claim, Delivery
from services.notifications.digests.domain import compose, digest_id
from services.notifications.fanout.domain import fan_out
from services.notifications.feed.domain import FeedItem
from services.notifications.subscriptions.domain import Digest, Filters, Owner, Subscription
from services.notifications.fanout.summaries import summarise
from tests.unit.notifications.factories import event_cancelled, event_published, order_refunded

DUE = datetime(2031, 5, 15, 5, tzinfo=UTC)


def sub(channel, language="en", frequency="immediate", **extra):
    digest = Digest(frequency, time(8) if frequency != "immediate" else None, None, "Europe/Kyiv")
    return Subscription.create(event_types=["EventPublished"], filters=Filters(), channel=channel,
                               owner=Owner("user", "u"), language=language, digest=digest, **extra)


def test_each_channel_gets_its_own_form_of_the_event():
    event = event_published()
    webhook = sub("webhook", url="https://hooks.example.org/x")
    mail = sub("email", language="uk", email="olena@example.org")
    feed = sub("in_app")
    digest = sub("email", frequency="daily", email="taras@example.org")

    out = fan_out(event, [webhook, mail, feed, digest], event.model_dump(mode="json"))

    assert out.webhooks == [webhook]  # the event itself goes out, signed; stored for all of them in one go
    by_channel = {d.channel: d for d in out.deliveries}
    assert set(by_channel) == {Channel.EMAIL}
    assert by_channel[Channel.EMAIL].payload["title"] == "Нова подія: Creative Jam: AI and the City"
    assert by_channel[Channel.EMAIL].subscription_id == mail.id
    (item,) = out.feed
    assert item.owner == Owner("user", "u") and item.title == "New event: Creative Jam: AI and the City"
    (line,) = out.digests
    assert line.subscription is digest and line.message_id == event.message_id


def test_summaries_show_local_time_and_place_in_the_readers_language():
    payload = event_published().model_dump(mode="json")
    en, uk = summarise("EventPublished", payload, "en"), summarise("EventPublished", payload, "uk")
    assert "Starts: 2031-05-14 13:00 (Europe/Kyiv)" in en.lines  # 10:00 UTC is 13:00 in Kyiv in May
    assert "Початок: 2031-05-14 13:00 (Europe/Kyiv)" in uk.lines
    assert "Where: Lviv Polytechnic, hall 1, Lviv, UA" in en.lines
    assert summarise("EventCancelled", event_cancelled(uuid4()).model_dump(mode="json"), "uk").lines == (
        "Причина: the venue flooded",)
    refund = summarise("OrderRefunded", order_refunded(uuid4()).model_dump(mode="json"), "fr")  # falls back to English
    assert refund.title == "Your payment was refunded" and "Amount: 50.00 UAH" in refund.lines


def items(*titles):
    return [{"title": t, "lines": [f"{t} line"], "event_type": "EventPublished", "message_id": uuid4(),
             "payload": {"title": t}} for t in titles]


def test_a_digest_email_lists_every_item_in_order_with_an_unsubscribe_link():
    subscription = sub("email", language="uk", frequency="daily", email="olena@example.org")
    delivery = compose(subscription, DUE, items("Перша", "Друга"))
    assert isinstance(delivery, Delivery) and delivery.template == "digest"
    assert delivery.message_id == digest_id(subscription, DUE) == compose(subscription, DUE, items("x")).message_id
    claim = Claim(id=delivery.id, channel=Channel.EMAIL, recipient=delivery.recipient, message_id=delivery.message_id,
                  payload=delivery.payload, attempt=1, template="digest", unsubscribe_token="tok")
    message = message_from_bytes(compose_email(claim, sender="s <s@x.org>", public_url="https://n.example").as_bytes(),
                                 policy=policy.default)
    assert message["Subject"] == "Ваш щоденний дайджест sparknet: оновлень — 2"
    text = message.get_body(("plain",)).get_content()
    assert text.index("Перша") < text.index("Друга") and "Перша line" in text
    assert message["List-Unsubscribe"] == "<https://n.example/unsubscribe/tok>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Відписатися: https://n.example/unsubscribe/tok" in text


def test_a_digest_webhook_carries_the_events_and_an_in_app_digest_is_one_feed_item():
    hook = compose(sub("webhook", frequency="weekly", url="https://h.example.org"), DUE, items("A", "B"))
    assert hook.payload["type"] == "Digest" and hook.payload["events"] == [{"title": "A"}, {"title": "B"}]
    feed = compose(sub("in_app", frequency="daily"), DUE, items("A", "B"))
    assert isinstance(feed, FeedItem) and feed.title == "Your daily sparknet digest: 2 updates"
    assert feed.lines == ("A", "B")


@pytest.mark.parametrize(("language", "title", "fallback"), [
    ("uk", "Нова подія: Креативний джем: ШІ і місто", "Нова подія: Creative Jam: AI and the City"),
    ("de", "Neue Veranstaltung: Kreativ-Jam: KI und die Stadt", "Neue Veranstaltung: Creative Jam: AI and the City"),
])
def test_an_email_names_the_event_by_its_title_in_the_readers_language_else_the_primary_one(language, title,
                                                                                             fallback):
    titled = event_published(titles={"en": "Creative Jam: AI and the City", "uk": "Креативний джем: ШІ і місто",
                                     "de": "Kreativ-Jam: KI und die Stadt"})
    english_only = event_published()
    mail = sub("email", language=language, email="olena@example.org")

    [delivery] = fan_out(titled, [mail], titled.model_dump(mode="json")).deliveries
    [in_english] = fan_out(english_only, [mail], english_only.model_dump(mode="json")).deliveries

    assert (delivery.payload["title"], in_english.payload["title"]) == (title, fallback)
    assert summarise("EventCancelled", event_cancelled(uuid4(), titles=titled.titles).model_dump(mode="json"),
                     "en").title == "Cancelled: Creative Jam: AI and the City"
