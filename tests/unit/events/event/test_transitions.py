"""Consent, edits, rescheduling, cancelling and completing: each checked, each announced."""

from datetime import UTC, datetime, timedelta

import pytest

from services.events.event.content import Session
from services.events.event.domain import EventStatus
from services.events.event.values import Schedule
from shared.contracts.events import (
    CoOrganiserConsented, EventCancelled, EventCompleted, EventRescheduled, EventUpdated,
)
from shared.errors import Conflict, DomainError
from tests.unit.events.factories import NOW, draft, organisers, schedule

LATER = NOW + timedelta(days=60)


def session(**overrides) -> Session:
    start = NOW + timedelta(days=30, hours=1)
    return Session(**{"title": "Keynote", "starts_at": start, "ends_at": start + timedelta(hours=1), **overrides})


def test_a_joint_event_is_published_only_after_every_co_organiser_consented():
    event = draft(organisers=organisers(5000, 3000, 2000), consented=False)
    lead, first, second = event.organisers

    event.consent(first.partnership_id, by="admin-of-first")
    with pytest.raises(Conflict, match=f"organisers\\[2\\]: partnership {second.partnership_id} has not consented"):
        event.publish(now=NOW)
    event.consent(second.partnership_id, by="admin-of-second")
    event.publish(now=NOW)

    consents = [m for m in event.events if isinstance(m, CoOrganiserConsented)]
    assert [(c.partnership_id, c.revenue_share_bps) for c in consents] == [
        (first.partnership_id, 3000), (second.partnership_id, 2000),
    ]
    assert event.status == EventStatus.PUBLISHED


def test_the_lead_needs_no_consent_and_nobody_consents_twice():
    event = draft(organisers=organisers(6000, 4000), consented=False)
    lead, partner = event.organisers

    with pytest.raises(Conflict, match="leads event .*: its consent is implied"):
        event.consent(lead.partnership_id, by="x")
    event.consent(partner.partnership_id, by="x")
    with pytest.raises(Conflict, match="has already consented"):
        event.consent(partner.partnership_id, by="x")


def test_changing_the_shares_asks_every_co_organiser_again():
    event = draft(organisers=organisers(6000, 4000))
    lead, partner = event.organisers
    reshared = (lead.model_copy(update={"revenue_share_bps": 7000}),
                partner.model_copy(update={"revenue_share_bps": 3000}))

    event.edit({"organisers": reshared}, wire={"organisers": "..."}, sold={})

    assert event.awaiting_consent == [reshared[1]]


def test_shares_must_sum_to_10000_and_nothing_changes_when_they_do_not():
    event = draft(organisers=organisers(6000, 4000))
    lead, partner = event.organisers
    bad = (lead, partner.model_copy(update={"revenue_share_bps": 3000}))

    with pytest.raises(DomainError, match="revenue shares must sum to 10000 basis points when a ticket type is paid"):
        event.edit({"organisers": bad}, wire={}, sold={})

    assert event.organisers == (lead, partner) and len(event.events) == 1


def test_an_edit_records_what_changed():
    event = draft()

    event.edit({"titles": {"en": "Data jam", "uk": "Джем даних"}, "tags": ("data",)},
               wire={"title": {"en": "Data jam", "uk": "Джем даних"}, "tags": ["data"]}, sold={})

    updated = event.events[-1]
    assert isinstance(updated, EventUpdated)
    assert (updated.changed, updated.status, updated.title) == (("title", "tags"), "draft", "Data jam")
    assert updated.changes["title"] == {"en": "Data jam", "uk": "Джем даних"}


def test_a_published_event_gets_new_dates_only_by_rescheduling():
    event = draft()
    event.publish(now=NOW)

    with pytest.raises(Conflict, match="reschedule"):
        event.edit({"schedule": schedule(starts_at=LATER, ends_at=LATER + timedelta(hours=2))}, wire={}, sold={})


def test_rescheduling_moves_the_agenda_and_announces_old_and_new_dates():
    event = draft(sessions=(session(),))
    event.publish(now=NOW)
    before = event.schedule

    event.reschedule(schedule(starts_at=LATER, ends_at=LATER + timedelta(hours=3)),
                     announcement="Moved to the big hall", now=NOW)

    moved = event.events[-1]
    assert isinstance(moved, EventRescheduled)
    assert (moved.previous_starts_at, moved.starts_at, moved.announcement) == (
        before.starts_at, LATER, "Moved to the big hall")
    assert event.sessions[0].starts_at == LATER + timedelta(hours=1)
    assert (event.status, event.revision) == (EventStatus.PUBLISHED, 1)


def test_a_draft_is_not_rescheduled_and_the_past_is_refused():
    event = draft()
    with pytest.raises(Conflict, match="change a draft's dates with PATCH"):
        event.reschedule(schedule(), announcement=None, now=NOW)
    event.publish(now=NOW)
    with pytest.raises(DomainError, match="starts_at: the new start must be in the future"):
        event.reschedule(schedule(starts_at=NOW - timedelta(days=1), ends_at=NOW), announcement=None, now=NOW)


def test_rescheduling_across_a_dst_change_keeps_the_wall_clock_the_organisers_chose():
    event = draft(schedule=Schedule(starts_at=datetime(2026, 3, 20, 17, tzinfo=UTC),
                                    ends_at=datetime(2026, 3, 20, 19, tzinfo=UTC), timezone="Europe/Kyiv"))
    event.publish(now=NOW)

    # 19:00 in Kyiv: +02:00 before 29 March, +03:00 after.
    event.reschedule(Schedule(starts_at=datetime.fromisoformat("2026-04-03T19:00:00+03:00"),
                              ends_at=datetime.fromisoformat("2026-04-03T21:00:00+03:00"), timezone="Europe/Kyiv"),
                     announcement=None, now=NOW)

    assert event.schedule.local(event.schedule.starts_at).isoformat() == "2026-04-03T19:00:00+03:00"
    assert event.events[-1].starts_at == datetime(2026, 4, 3, 16, tzinfo=UTC)
    assert event.events[-1].previous_starts_at == datetime(2026, 3, 20, 17, tzinfo=UTC)


def test_cancelling_needs_a_reason_and_ends_every_change():
    event = draft()
    event.publish(now=NOW)

    with pytest.raises(DomainError, match="reason: say why"):
        event.cancel(reason="  ")
    event.cancel(reason="The venue flooded")

    cancelled = event.events[-1]
    assert isinstance(cancelled, EventCancelled) and cancelled.reason == "The venue flooded"
    with pytest.raises(Conflict, match="is cancelled: it can no longer be changed"):
        event.edit({"tags": ("x",)}, wire={"tags": ["x"]}, sold={})
    with pytest.raises(Conflict, match="is cancelled: it cannot become completed"):
        event.complete(now=LATER)


def test_an_event_is_completed_once_it_has_ended():
    event = draft()
    event.publish(now=NOW)

    with pytest.raises(Conflict, match="has not ended yet"):
        event.complete(now=NOW)
    event.complete(now=LATER)

    completed = event.events[-1]
    assert isinstance(completed, EventCompleted) and completed.organisers == event.organisers
    assert event.status == EventStatus.COMPLETED


def test_a_session_must_fit_the_event():
    with pytest.raises(DomainError, match=r"sessions\[0\]\.starts_at: the session must take place within the event"):
        draft(sessions=(session(starts_at=NOW, ends_at=NOW + timedelta(hours=1)),))
