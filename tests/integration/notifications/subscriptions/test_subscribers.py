"""Subscribers get what concerns them: attendees by email, organisations and experts in-app or by webhook."""

import re
import uuid
from email.message import EmailMessage

import httpx
import pytest

from services.notifications.subscriptions import repository as stored
from tests.integration.notifications.helpers import consumed, deliveries_of, unique_city
from harness.services import eventually
from tests.unit.notifications.factories import (
    cooperation_requested, event_cancelled, event_published, order_refunded, order_reserved, partnership_formed,
    tickets_issued,
)

pytestmark = pytest.mark.integration


def address() -> str:
    return f"attendee-{uuid.uuid4().hex[:10]}@example.org"


def link_in(message: EmailMessage, path: str) -> str:
    return re.search(rf"https?://\S+/{path}/[\w-]+", message.get_body(("plain",)).get_content()).group(0)


async def confirmed_email_subscription(notifications, mail, email: str, **body) -> dict:
    """An attendee subscribes without an account and confirms by the link in the email."""
    response = await notifications.client.post("/subscriptions", json={"channel": "email", "email": email, **body})
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "pending" and response.json()["subscriber"]["kind"] == "attendee"
    (confirmation,) = await eventually(lambda: mail.to(email))
    url = link_in(confirmation, "subscriptions/confirm")
    path = httpx.URL(url).path
    assert (await notifications.client.get(path)).status_code == 200  # a page with a button: scanners confirm nothing
    assert (await notifications.client.post(path)).status_code == 200
    read = await notifications.client.get(f"/subscriptions/{response.json()['id']}", headers=notifications.operator)
    assert read.json()["status"] == "active"
    return response.json()


async def test_an_attendee_hears_of_the_cancellation_of_an_event_they_hold_tickets_for(notifications, mail, publish):
    email, event_id = address(), uuid.uuid4()
    await confirmed_email_subscription(notifications, mail, email, event_types=["EventCancelled"],
                                       involving_me=True, language="uk")
    issued = tickets_issued(buyer_email=email, event_id=event_id)
    await publish(issued)
    await consumed(notifications, issued)  # another topic: no order between them
    others = event_cancelled(uuid.uuid4())  # someone else's event: not a word
    await publish(others)
    await publish(event_cancelled(event_id, title="Фестиваль науки"))

    def cancellation():
        return [m for m in mail.to(email) if "Скасовано" in m["Subject"]]

    (message,) = await eventually(cancellation)
    assert message["Subject"] == "Скасовано: Фестиваль науки"
    assert "Причина: the venue flooded" in message.get_body(("plain",)).get_content()
    assert message["Content-Language"] == "uk"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    await consumed(notifications, others)
    assert len(cancellation()) == 1
    unsubscribe = message["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe == link_in(message, "unsubscribe")


async def test_one_click_unsubscribe_stops_the_emails(notifications, mail, publish):
    email, city = address(), unique_city()
    subscription = await confirmed_email_subscription(notifications, mail, email, event_types=["EventPublished"],
                                                      filters={"city": city})
    await publish(event_published(city=city, title="First"))
    (message,) = await eventually(lambda: [m for m in mail.to(email) if m["Subject"] == "New event: First"])

    # What a mail client does for RFC 8058 one-click unsubscribe.
    response = await notifications.client.post(httpx.URL(message["List-Unsubscribe"].strip().strip("<>")).path,
                                               data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200

    read = await notifications.client.get(f"/subscriptions/{subscription['id']}", headers=notifications.operator)
    assert read.status_code == 404  # deleted
    last = event_published(city=city, title="Second")
    await publish(last)
    await publish(tickets_issued(buyer_email=email))  # a marker after it on the same consumer: transactional mail
    await eventually(lambda: [m for m in mail.to(email) if m["Subject"].startswith("Your tickets")])
    async with notifications.runtime.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM deliveries WHERE message_id = $1 AND recipient = $2",
                                   last.message_id, email) == 0


async def test_an_unconfirmed_attendee_subscription_sends_nothing(notifications, mail, publish):
    email, city = address(), unique_city()
    await notifications.client.post("/subscriptions", json={
        "channel": "email", "email": email, "event_types": ["EventPublished"], "filters": {"city": city}})
    event = event_published(city=city)
    await publish(event)
    await publish(tickets_issued(buyer_email=email))
    await eventually(lambda: [m for m in mail.to(email) if m["Subject"].startswith("Your tickets")])
    assert [m["Subject"] for m in mail.to(email)] == ["Confirm your sparknet subscription", f"Your tickets for "
                                                      f"{tickets_issued().event_title}"]


async def test_a_second_unconfirmed_subscription_for_the_same_address_is_refused(notifications, mail):
    email = address()
    body = {"channel": "email", "email": email, "event_types": ["EventPublished"]}
    assert (await notifications.client.post("/subscriptions", json=body)).status_code == 201
    again = await notifications.client.post("/subscriptions", json={**body, "event_types": ["EventCancelled"]})
    assert again.status_code == 409 and again.json()["detail"].startswith("email: a confirmation was sent")
    await eventually(lambda: mail.to(email))
    assert len(mail.to(email)) == 1


async def test_an_attendee_hears_of_their_own_refund_only(notifications, mail, publish):
    email = address()
    await confirmed_email_subscription(notifications, mail, email, event_types=["OrderRefunded"])
    mine, theirs = order_reserved(email), order_reserved(address())
    for event in (mine, theirs, order_refunded(theirs.aggregate_id), order_refunded(mine.aggregate_id)):
        await publish(event)

    (message,) = await eventually(lambda: [m for m in mail.to(email) if m["Subject"] == "Your payment was refunded"])
    assert "Amount: 50.00 UAH" in message.get_body(("plain",)).get_content()


async def test_a_cooperation_request_reaches_the_requested_organisations_feed(notifications, tokens, publish):
    ours, theirs, partnership = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    feeds = {}
    for organisation in (ours, theirs):
        feeds[organisation] = tokens.headers(admin_of=[organisation])
        response = await notifications.client.post("/subscriptions", headers=feeds[organisation], json={
            "channel": "in_app", "organisation_id": str(organisation), "event_types": ["CooperationRequested"]})
        assert response.status_code == 201, response.text
    formed = partnership_formed(ours, partnership_id=partnership)
    await publish(formed)
    await consumed(notifications, formed)  # another topic: no order between them
    await publish(cooperation_requested(partnership))

    async def unread():
        response = await notifications.client.get("/feed/unread-count", params={"organisation_id": str(ours)},
                                                  headers=feeds[ours])
        return response.json()["unread"]

    assert await eventually(unread) == 1
    page = (await notifications.client.get("/feed", params={"organisation_id": str(ours)}, headers=feeds[ours])).json()
    (item,) = page["items"]
    assert item["title"] == "A cooperation request for your partnership" and item["read_at"] is None
    assert "Message: Could your coach run our design sprint?" in item["lines"]
    marked = await notifications.client.post("/feed/read", params={"organisation_id": str(ours)},
                                             json={"item_ids": [item["id"]]}, headers=feeds[ours])
    assert marked.json() == {"marked": 1}
    assert await unread() == 0
    other = await notifications.client.get("/feed", params={"organisation_id": str(theirs)}, headers=feeds[theirs])
    assert other.json()["items"] == []
    peek = await notifications.client.get("/feed", params={"organisation_id": str(ours)}, headers=feeds[theirs])
    assert peek.status_code == 403


async def test_organisers_hear_of_changes_to_their_own_events_only(notifications, receiver, tokens, publish):
    ours, partnership = uuid.uuid4(), uuid.uuid4()
    path = f"organiser/{uuid.uuid4().hex}"
    response = await notifications.client.post("/subscriptions", headers=tokens.headers(admin_of=[ours]), json={
        "channel": "webhook", "url": receiver.url(path), "organisation_id": str(ours),
        "event_types": ["EventPublished", "EventCancelled"], "involving_me": True})
    assert response.status_code == 201, response.text
    formed = partnership_formed(ours, uuid.uuid4(), partnership_id=partnership)
    await publish(formed)
    await consumed(notifications, formed)  # another topic: no order between them
    published = event_published()
    published = published.model_copy(update={"organisers": (
        published.organisers[0].model_copy(update={"partnership_id": partnership}),)})
    cancelled = event_cancelled(published.aggregate_id)
    events = (published, event_published(), event_cancelled(uuid.uuid4()), cancelled)
    for event in events:
        await publish(event)

    await consumed(notifications, *events)
    planned = await deliveries_of(notifications, subscription_id=response.json()["id"])
    assert sorted(d["message_id"] for d in planned) == sorted([str(published.message_id), str(cancelled.message_id)])
    await eventually(lambda: len(receiver.at(path)) == 2)


async def test_an_organisation_organising_alone_hears_of_its_event(notifications, receiver, tokens, publish):
    ours = uuid.uuid4()
    path = f"organiser/{uuid.uuid4().hex}"
    response = await notifications.client.post("/subscriptions", headers=tokens.headers(admin_of=[ours]), json={
        "channel": "webhook", "url": receiver.url(path), "organisation_id": str(ours),
        "event_types": ["EventPublished"], "involving_me": True, "filters": {"organiser": str(ours)}})
    assert response.status_code == 201, response.text
    published = event_published()
    published = published.model_copy(update={"organisers": (
        published.organisers[0].model_copy(update={"partnership_id": None, "organisation_id": ours}),)})
    others = event_published()
    await publish(published)
    await publish(others)

    await consumed(notifications, published, others)
    planned = await deliveries_of(notifications, subscription_id=response.json()["id"])
    assert [d["message_id"] for d in planned] == [str(published.message_id)]
    await eventually(lambda: len(receiver.at(path)) == 1)


async def test_announcements_reach_subscribers_and_only_operators_post_them(notifications, tokens):
    me = tokens.headers(subject=f"user-{uuid.uuid4().hex[:6]}")
    await notifications.client.post("/subscriptions", headers=me, json={
        "channel": "in_app", "event_types": ["NetworkAnnouncement"], "language": "uk"})
    refused = await notifications.client.post("/announcements", json={"title": "Hi", "body": "x"}, headers=me)
    assert refused.status_code == 403

    posted = await notifications.client.post("/announcements", headers=notifications.operator,
                                             json={"title": "Новий сезон", "body": "Реєстрація відкрита"})
    assert posted.status_code == 202
    (item,) = (await notifications.client.get("/feed", headers=me)).json()["items"]
    assert item["title"] == "Оголошення: Новий сезон" and item["lines"] == ["Повідомлення: Реєстрація відкрита"]


async def test_a_subscription_is_stored_with_its_preferences(notifications, tokens):
    me = tokens.headers(subject=f"user-{uuid.uuid4().hex[:6]}", )
    response = await notifications.client.post("/subscriptions", headers=me, json={
        "channel": "in_app", "event_types": ["EventPublished"],
        "filters": {"tags": ["ai", "design"], "language": "uk", "organiser": str(uuid.uuid4()), "kind": "workshop"},
        "digest": {"frequency": "weekly", "at": "8:30", "weekday": "friday", "timezone": "America/New_York"}})
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["digest"]["at"] == "08:30" and created["digest"]["weekday"] == "friday"
    assert created["filters"]["tags"] == ["ai", "design"]
    async with notifications.runtime.pool.acquire() as conn:
        row = await stored.get(conn, uuid.UUID(created["id"]))
    assert row["next_digest_at"].weekday() in (4, 5)  # Friday 08:30 in New York, in UTC
