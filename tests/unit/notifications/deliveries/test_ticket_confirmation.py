"""What the ticket confirmation adds: the order page's link, each ticket's QR code inline, the event's .ics."""

import io
import re
from datetime import UTC, datetime
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import icalendar
import pytest
import segno

from services.notifications.deliveries.domain import Channel, Claim
from services.notifications.deliveries.email import compose
from tests.calendar_client import misread_instants
from tests.unit.notifications.factories import tickets_issued

WEB = "https://sparknet.example.org"
KEY = "kJ8x_Vq-3Lr2Zt0pWm9aNcXe4Hs7Yd1BfUo6Gi5TjQw"
IN_LVIV = {"title": "Festival of Science", "starts_at": "2031-05-14T10:00:00Z", "ends_at": "2031-05-14T16:00:00Z",
           "timezone": "Europe/Kyiv", "venue": "Lviv Polytechnic, hall 1", "city": "Lviv", "country": "UA"}


def _read(details: dict | None = IN_LVIV, *, web_url: str = WEB, **overrides):
    event = tickets_issued(**{"order_link_key": KEY, **overrides})
    payload = event.model_dump(mode="json") | ({"event_details": details} if details is not None else {})
    claim = Claim(id=event.message_id, channel=Channel.EMAIL, recipient=event.buyer_email,
                  message_id=event.message_id, payload=payload, attempt=1, template="tickets_issued")
    message = message_from_bytes(compose(claim, sender="sparknet <no-reply@sparknet.example>",
                                         web_url=web_url).as_bytes(), policy=policy.default)
    return event, message


def _bodies(message):
    return message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()


def _calendar(message):
    [part] = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    return part, part.get_content()


def test_the_email_links_to_the_order_page_with_the_order_link_key():
    event, message = _read(web_url=f"{WEB}/")
    url = f"{WEB}/orders/{event.aggregate_id}?key={KEY}"
    text, html = _bodies(message)
    assert url in text  # a plain link, for clients that show no HTML
    assert f'<a href="{url}">' in html


def test_a_message_without_a_link_key_has_no_order_link():
    event, message = _read(order_link_key=None)
    text, html = _bodies(message)
    assert "/orders/" not in text and "/orders/" not in html


def test_each_ticket_has_its_qr_code_inline_referenced_from_the_html():
    event, message = _read()
    related = message.get_body(("related",))
    assert related.get_content_type() == "multipart/related"
    images = [p for p in related.iter_parts() if p.get_content_type() == "image/png"]
    assert len(images) == len(event.tickets) == 2
    _, html = _bodies(message)
    referenced = re.findall(r'<img src="cid:([^"]+)"', html)
    assert sorted(referenced) == sorted(p["Content-ID"].strip("<>") for p in images)
    assert all(p.get_content_disposition() == "inline" for p in images)
    for ticket in event.tickets:  # each image is the QR code of that ticket's code, as the door reads it
        qr = segno.make(ticket.code, error="m", micro=False)
        expected = io.BytesIO()
        qr.save(expected, kind="png", scale=6, border=4)
        [image] = [p for p in images if p.get_filename() == f"qr-{ticket.ticket_id}.png"]
        assert image.get_content() == expected.getvalue()
        assert f'alt="QR code of ticket {ticket.code}"' in html


def test_the_event_is_attached_as_a_valid_ics_in_the_event_zone():
    event, message = _read()
    part, raw = _calendar(message)
    assert part.get_param("method") == "PUBLISH" and part.get_filename() == "event.ics"
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))  # folded as RFC 5545 wants
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["METHOD"] == "PUBLISH"
    [vevent] = calendar.walk("VEVENT")
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Kyiv"]
    kyiv = ZoneInfo("Europe/Kyiv")
    assert vevent.decoded("DTSTART") == datetime(2031, 5, 14, 13, tzinfo=kyiv)  # 10:00 UTC, summer time
    assert vevent.decoded("DTEND") == datetime(2031, 5, 14, 19, tzinfo=kyiv)
    assert "TZID=Europe/Kyiv:20310514T130000" in raw
    assert str(vevent["SUMMARY"]) == event.event_title  # "&" and "<" travel as they are
    assert str(vevent["LOCATION"]) == "Lviv Polytechnic, hall 1, Lviv, UA"
    url = f"{WEB}/orders/{event.aggregate_id}?key={KEY}"
    assert str(vevent["URL"]) == url and url in str(vevent["DESCRIPTION"])
    assert str(vevent["UID"]) == f"{event.event_id}@events.sparknet"
    assert "Lviv Polytechnic\\, hall 1" in raw  # commas escaped


def test_an_online_event_gives_its_link_as_the_location():
    online = {**IN_LVIV, "venue": None, "city": None, "country": None, "online_url": "https://meet.example.org/j"}
    _, message = _read({k: v for k, v in online.items() if v is not None})
    [vevent] = icalendar.Calendar.from_ical(_calendar(message)[1]).walk("VEVENT")
    assert str(vevent["LOCATION"]) == "https://meet.example.org/j"
    assert "Join online: https://meet.example.org/j" in str(vevent["DESCRIPTION"])


def test_without_the_event_dates_no_ics_is_attached_and_none_is_promised():
    _, message = _read(details=None)
    assert not [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    text, html = _bodies(message)
    assert "calendar" not in text and "calendar" not in html


@pytest.mark.parametrize(("language", "greeting", "link", "attached"), [
    ("en", "Hello Olena Kovalenko,", "Your order and tickets", "The event is attached for your calendar"),
    ("uk", "Вітаємо, Olena Kovalenko!", "Ваше замовлення і квитки", "Подію додано як файл для вашого календаря"),
    ("de-AT", "Hallo Olena Kovalenko,", "Ihre Bestellung und Tickets", "Die Veranstaltung ist für Ihren Kalender"),
])
def test_every_language_has_the_link_the_codes_and_the_calendar(language, greeting, link, attached):
    event, message = _read(language=language)
    text, html = _bodies(message)
    assert message["Content-Language"] == language[:2]
    assert text.startswith(f"{greeting}\n\n") and link in text and attached in text and attached in html
    assert all(t.code in text and t.code in html for t in event.tickets)
    assert f"{WEB}/orders/{event.aggregate_id}?key={KEY}" in text
    [vevent] = icalendar.Calendar.from_ical(_calendar(message)[1]).walk("VEVENT")
    assert link in str(vevent["DESCRIPTION"])


@pytest.mark.parametrize("zone", ["Europe/London", "Europe/Kyiv", "America/New_York"])
def test_a_client_converting_with_the_attached_vtimezone_shows_the_times_the_zone_rules_give(zone):
    # summer time starts at 01:00 in London on 30 March 2031 (from +00:00), at 03:00 in Kyiv (from +02:00)
    _, message = _read({**IN_LVIV, "timezone": zone})
    raw = _calendar(message)[1].encode()

    assert misread_instants(raw, zone, datetime(2031, 1, 1, tzinfo=UTC), datetime(2032, 1, 1, tzinfo=UTC)) == []


@pytest.mark.parametrize(("language", "title"), [("uk", "Фестиваль науки"), ("de", "Wissenschaftsfestival"),
                                                 ("en", "Festival of Science & <Art>")])
def test_the_tickets_email_names_the_event_in_the_buyers_language_when_it_has_that_title(language, title):
    titles = {"en": "Festival of Science", "uk": "Фестиваль науки", "de": "Wissenschaftsfestival"}
    if language == "en":
        titles.pop("en")  # no English one learned: billing's title stands
    _, message = _read({**IN_LVIV, "titles": titles}, language=language)

    [vevent] = icalendar.Calendar.from_ical(_calendar(message)[1]).walk("VEVENT")
    assert title in message["Subject"] and str(vevent["SUMMARY"]) == title
