"""A joint event's life over HTTP: consent, publication, edits, rescheduling, cancellation,
each announced on events.event.v1; refused changes write nothing."""

from datetime import timedelta

import pytest

from shared import topics
from shared.contracts.events import (
    CoOrganiserConsented, EventCancelled, EventCompleted, EventRescheduled, EventUpdated,
)
from shared.envelope import utc_now
from tests.integration.events.conftest import event_body
from harness.kafka import TopicReader
from harness.services import eventually

pytestmark = pytest.mark.integration


async def announced(reader: TopicReader, event_id: str, event_type: str):
    record = await reader.wait_for(lambda m: m.get("aggregate_id") == event_id and m.get("type") == event_type)
    return topics.EVENTS_EVENT.parse(record.value)


async def counts(events, event_id) -> dict:
    """What anyone can see of the event, and its revision: a refused change leaves both alone."""
    return (await events.client.get(f"/events/{event_id}")).json()


async def test_a_joint_event_from_draft_to_cancellation(events, registry, infra):
    lead, partner = await registry.form_partnership("Lead"), await registry.form_partnership("Partner")
    body = event_body(lead.aggregate_id, title={"en": "Design jam", "uk": "Дизайн-джем"}, organisers=[
        {"partnership_id": str(lead.aggregate_id), "lead": True, "revenue_share_bps": 6000},
        {"partnership_id": str(partner.aggregate_id), "revenue_share_bps": 4000},
    ])
    async with TopicReader(infra.bootstrap_servers, topics.EVENTS_EVENT.name) as reader:
        event_id = (await events.client.post("/events", json=body)).json()["id"]

        early = await events.client.post(f"/events/{event_id}/publish")
        consented = await events.client.post(f"/events/{event_id}/consents",
                                             json={"partnership_id": str(partner.aggregate_id)})
        edited = await events.client.patch(f"/events/{event_id}", json={"tags": ["design", "jam"],
                                                                         "languages": ["uk", "en"]})
        published = await events.client.post(f"/events/{event_id}/publish")
        moved = await events.client.post(f"/events/{event_id}/reschedule", json={
            "starts_at": "2031-03-31T10:00:00+03:00", "ends_at": "2031-03-31T18:00:00+03:00",
            "announcement": "A week later, same place"})
        cancelled = await events.client.post(f"/events/{event_id}/cancel", json={"reason": "Venue lost"})

        assert early.status_code == 409
        assert early.json()["detail"].startswith(f"organisers[1]: partnership {partner.aggregate_id} has not consented")
        assert [r.status_code for r in (consented, edited, published, moved, cancelled)] == [200] * 5
        assert consented.json()["co_organisers"][1]["consented"] is True
        assert edited.json()["title"] == "Design jam" and edited.json()["titles"]["uk"] == "Дизайн-джем"
        assert moved.json()["starts_at"] == "2031-03-31T09:00:00+02:00"  # in Berlin time: summer time since the 30th
        assert (cancelled.json()["status"], cancelled.json()["cancel_reason"]) == ("cancelled", "Venue lost")

        consent = await announced(reader, event_id, "CoOrganiserConsented")
        update = await announced(reader, event_id, "EventUpdated")
        reschedule = await announced(reader, event_id, "EventRescheduled")
        cancel = await announced(reader, event_id, "EventCancelled")
    assert isinstance(consent, CoOrganiserConsented) and consent.revenue_share_bps == 4000
    assert isinstance(update, EventUpdated) and set(update.changed) == {"tags", "languages"}
    assert update.changes["tags"] == ["design", "jam"]
    assert isinstance(reschedule, EventRescheduled) and reschedule.announcement == "A week later, same place"
    assert reschedule.starts_at.isoformat() == "2031-03-31T07:00:00+00:00"
    assert isinstance(cancel, EventCancelled)
    assert (cancel.reason, cancel.titles["uk"]) == ("Venue lost", "Дизайн-джем")


@pytest.mark.parametrize(("change", "status", "detail"), [
    ({"ends_at": "2020-01-01T00:00:00Z"}, 422, "ends_at: must be after starts_at"),
    ({"timezone": "Mars/Olympus"}, 422, "timezone: unknown time zone 'Mars/Olympus'"),
    ({"title": {"english": "x"}}, 422, "title.english: not an ISO 639-1 language code"),
    ({"tags": ["Not A Slug"]}, 422, "tags[0]: 'Not A Slug' is not a lowercase slug"),
    ({"sessions": [{"title": "Early", "starts_at": "2020-01-01T10:00:00Z", "ends_at": "2020-01-01T11:00:00Z"}]},
     422, "sessions[0].starts_at: the session must take place within the event"),
    ({}, 422, "the request changes nothing"),
])
async def test_bad_edits_are_refused_precisely_and_write_nothing(events, registry, change, status, detail):
    formed = await registry.form_partnership()
    event_id = (await events.client.post("/events", json=event_body(formed.aggregate_id))).json()["id"]
    before = await counts(events, event_id)

    response = await events.client.patch(f"/events/{event_id}", json=change)

    assert response.status_code == status, response.text
    assert response.json()["detail"].startswith(detail)
    assert await counts(events, event_id) == before


async def test_a_cancelled_or_published_event_refuses_what_its_status_forbids(events, registry):
    formed = await registry.form_partnership()
    event_id = (await events.client.post("/events", json=event_body(formed.aggregate_id))).json()["id"]
    await events.client.post(f"/events/{event_id}/publish")

    new_dates = await events.client.patch(f"/events/{event_id}", json={"starts_at": "2032-01-01T10:00:00Z"})
    too_early = await events.client.post(f"/events/{event_id}/complete")
    await events.client.post(f"/events/{event_id}/cancel", json={"reason": "Nobody came"})
    before = await counts(events, event_id)
    edit_cancelled = await events.client.patch(f"/events/{event_id}", json={"tags": ["late"]})
    no_reason = await events.client.post(f"/events/{event_id}/cancel", json={"reason": " "})

    assert (new_dates.status_code, too_early.status_code, edit_cancelled.status_code) == (409, 409, 409)
    assert new_dates.json()["detail"] == (
        f"starts_at: a published event gets new dates with POST /events/{event_id}/reschedule")
    assert edit_cancelled.json()["detail"] == f"event {event_id} is cancelled: it can no longer be changed"
    assert no_reason.status_code == 422 and no_reason.json()["detail"].startswith("reason:")
    assert await counts(events, event_id) == before


async def test_an_event_is_completed_once_it_has_ended(events, registry, infra):
    formed = await registry.form_partnership()
    starts = utc_now() + timedelta(seconds=6)  # time enough to publish it, on a busy machine too
    body = event_body(formed.aggregate_id, starts_at=starts.isoformat(),
                      ends_at=(starts + timedelta(seconds=1)).isoformat())
    event_id = (await events.client.post("/events", json=body)).json()["id"]
    assert (await events.client.post(f"/events/{event_id}/publish")).status_code == 200

    async with TopicReader(infra.bootstrap_servers, topics.EVENTS_EVENT.name) as reader:
        early = await events.client.post(f"/events/{event_id}/complete")

        async def completed():
            response = await events.client.post(f"/events/{event_id}/complete")
            return response if response.status_code == 200 else None

        done = await eventually(completed, interval=0.5)
        message = await announced(reader, event_id, "EventCompleted")

    assert early.status_code == 409 and "has not ended yet" in early.json()["detail"]
    assert done.json()["status"] == "completed"
    assert isinstance(message, EventCompleted) and message.organisers[0].partnership_id == formed.aggregate_id
