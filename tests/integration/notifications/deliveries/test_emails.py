"""TicketsIssued on Kafka becomes one confirmation email to the buyer, in the buyer's language."""

import uuid
from zoneinfo import ZoneInfo

import icalendar
import pytest

from tests.integration.notifications.helpers import settled_delivery
from harness.services import eventually
from tests.unit.notifications.factories import event_published, tickets_issued

pytestmark = pytest.mark.integration


def buyer() -> str:
    return f"buyer-{uuid.uuid4().hex[:10]}@example.org"


async def test_issued_tickets_are_confirmed_by_email_with_their_codes(notifications, mail, publish):
    event = tickets_issued(buyer_email=buyer())

    await publish(event)

    (message,) = await eventually(lambda: mail.to(event.buyer_email))
    assert message["Subject"] == f"Your tickets for {event.event_title}"
    assert message["From"] == "sparknet <no-reply@sparknet.local>"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for ticket in event.tickets:
        assert ticket.code in text and ticket.code in html
    delivery = await settled_delivery(notifications, event.message_id, recipient=event.buyer_email)
    assert delivery["status"] == "delivered" and delivery["template"] == "tickets_issued"
    assert delivery["attempts"][0]["response"].startswith("250")


async def test_the_email_links_to_the_order_and_brings_the_qr_codes_and_the_event_as_learned(
    notifications, mail, publish,
):
    published = event_published(venue="Lviv Polytechnic, hall 1", city="Lviv", country="UA")
    await publish(published)

    async def learned():  # another topic than the tickets': wait until the event is known
        async with notifications.runtime.pool.acquire() as conn:
            return await conn.fetchval("SELECT facts FROM event_facts WHERE event_id = $1", published.aggregate_id)

    await eventually(learned)
    event = tickets_issued(buyer_email=buyer(), event_id=published.aggregate_id, order_link_key="k3y")
    await publish(event)

    (message,) = await eventually(lambda: mail.to(event.buyer_email))
    url = f"{notifications.runtime.settings.web_url}/orders/{event.aggregate_id}?key=k3y"
    assert url in message.get_body(("plain",)).get_content()
    related = message.get_body(("related",))
    assert len([p for p in related.iter_parts() if p.get_content_type() == "image/png"]) == len(event.tickets)
    [part] = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    [vevent] = icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT")
    assert vevent.decoded("DTSTART") == published.starts_at.astimezone(ZoneInfo("Europe/Kyiv"))
    assert vevent.decoded("DTSTART").tzinfo.key == "Europe/Kyiv"
    assert str(vevent["LOCATION"]) == "Lviv Polytechnic, hall 1, Lviv, UA" and str(vevent["URL"]) == url


async def test_a_ukrainian_buyer_reads_the_events_ukrainian_title_as_its_publication_gave_it(
    notifications, mail, publish,
):
    published = event_published(titles={"en": "Festival of Science", "uk": "Фестиваль науки"})
    await publish(published)

    async def learned():
        async with notifications.runtime.pool.acquire() as conn:
            return await conn.fetchval("SELECT facts FROM event_facts WHERE event_id = $1", published.aggregate_id)

    await eventually(learned)
    event = tickets_issued(buyer_email=buyer(), event_id=published.aggregate_id, language="uk",
                           event_title="Festival of Science")  # billing names the event in its primary language
    await publish(event)

    (message,) = await eventually(lambda: mail.to(event.buyer_email))
    [part] = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    [vevent] = icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT")
    assert (message["Subject"], str(vevent["SUMMARY"])) == ("Ваші квитки на Фестиваль науки", "Фестиваль науки")


async def test_a_ukrainian_buyer_gets_the_email_in_ukrainian(notifications, mail, publish):
    event = tickets_issued(buyer_email=buyer(), language="uk", buyer_name="Тарас", event_title="Фестиваль науки")

    await publish(event)

    (message,) = await eventually(lambda: mail.to(event.buyer_email))
    assert message["Subject"] == "Ваші квитки на Фестиваль науки"
    text = message.get_body(("plain",)).get_content()
    assert "Вітаємо, Тарас!" in text and event.tickets[0].code in text


async def test_the_same_tickets_issued_twice_send_one_email(notifications, mail, publish):
    event = tickets_issued(buyer_email=buyer())
    marker = tickets_issued(buyer_email=event.buyer_email, aggregate_id=event.aggregate_id)

    for message in (event, event, marker):
        await publish(message)

    await settled_delivery(notifications, marker.message_id, recipient=event.buyer_email)
    await settled_delivery(notifications, event.message_id, recipient=event.buyer_email)
    assert len(mail.to(event.buyer_email)) == 2  # the event and the marker, not the duplicate


async def test_a_temporary_smtp_refusal_is_retried(notifications, mail, publish):
    event = tickets_issued(buyer_email=buyer())
    mail.refuse(event.buyer_email, "451 4.3.0 try again later")

    await publish(event)

    delivery = await settled_delivery(notifications, event.message_id, recipient=event.buyer_email)
    assert delivery["status"] == "delivered"
    assert [a["outcome"] for a in delivery["attempts"]] == ["failed", "delivered"]
    assert delivery["attempts"][0]["response"].startswith("451")
    assert len(mail.to(event.buyer_email)) == 1


async def test_a_permanent_smtp_refusal_is_not_retried(notifications, mail, publish):
    event = tickets_issued(buyer_email=buyer())
    mail.refuse(event.buyer_email, "550 5.1.1 no such user")

    await publish(event)

    delivery = await settled_delivery(notifications, event.message_id, recipient=event.buyer_email)
    assert delivery["status"] == "dead" and delivery["attempt_count"] == 1
    assert delivery["attempts"][0]["response"].startswith("550")
