"""Sessions with the registry's experts, and the page data that names them."""

from datetime import datetime, timedelta
from uuid import uuid4

import pytest

from shared.contracts.registry import ExpertPublished, ExpertWithdrawn
from tests.integration.events.conftest import event_body

pytestmark = pytest.mark.integration


def agenda(body: dict, *, speakers=(), moderators=()) -> dict:
    """The event with one session in its first hour."""
    starts = datetime.fromisoformat(body["starts_at"])
    session = {"title": "Opening panel", "room": "Aula", "starts_at": starts.isoformat(),
               "ends_at": (starts + timedelta(hours=1)).isoformat(),
               "speakers": [str(s) for s in speakers], "moderators": [str(m) for m in moderators]}
    return {**body, "sessions": [session]}


async def event_count(events) -> int:
    async with events.runtime.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM events")


async def test_speakers_and_co_organisers_are_named_on_the_events_page(events, registry):
    formed = await registry.form_partnership("Lviv Creative Partnership")
    speaker, moderator = await registry.publish_expert("Olena Kovalenko"), await registry.publish_expert("Taras Melnyk")
    body = agenda(event_body(formed.aggregate_id), speakers=[speaker.aggregate_id], moderators=[moderator.aggregate_id])

    created = await events.client.post("/events", json=body)
    assert created.status_code == 201, created.text
    await events.client.post(f"/events/{created.json()['id']}/publish")
    page = (await events.anonymous.get(f"/events/{created.json()['id']}")).json()

    [session] = page["sessions"]
    assert [p["name"] for p in session["speakers"]] == ["Olena Kovalenko"]
    assert [p["name"] for p in session["moderators"]] == ["Taras Melnyk"]
    assert (session["title"], session["room"]) == ("Opening panel", "Aula")
    [organiser] = page["co_organisers"]
    assert (organiser["name"], organiser["lead"], organiser["revenue_share_bps"]) == (
        "Lviv Creative Partnership", True, 10_000)
    assert sorted(organiser["organisations"]) == sorted(
        ["university of Lviv Creative Partnership", "business of Lviv Creative Partnership"])


async def test_an_unknown_or_withdrawn_expert_is_refused_and_nothing_is_written(events, registry):
    formed = await registry.form_partnership()
    speaker = await registry.publish_expert("Withdrawn Expert")
    await registry.until_consumed(await registry.publish(ExpertWithdrawn(aggregate_id=speaker.aggregate_id)))
    stranger = uuid4()
    before = await event_count(events)

    withdrawn = await events.client.post(
        "/events", json=agenda(event_body(formed.aggregate_id), speakers=[speaker.aggregate_id]))
    unknown = await events.client.post(
        "/events", json=agenda(event_body(formed.aggregate_id), moderators=[stranger]))

    assert (withdrawn.status_code, unknown.status_code) == (422, 422)
    assert withdrawn.json()["detail"] == (
        f"sessions[0].speakers[0]: expert {speaker.aggregate_id} is not a published expert of the registry")
    assert unknown.json()["detail"] == (
        f"sessions[0].moderators[0]: expert {stranger} is not a published expert of the registry")
    assert await event_count(events) == before


async def test_the_expert_projection_is_idempotent_and_rebuilt_by_replay(events, registry):
    expert = await registry.publish_expert("Iryna Bondar")
    renamed = ExpertPublished(aggregate_id=expert.aggregate_id, name="Iryna Bondar-Shevchenko",
                              occurred_at=expert.occurred_at + timedelta(seconds=1))
    await registry.until_consumed(await registry.publish(renamed))
    await registry.until_consumed(await registry.publish(expert))  # a stale redelivery
    async with events.runtime.pool.acquire() as conn:
        await conn.execute("DELETE FROM experts WHERE id = $1", expert.aggregate_id)  # lose the projection
        await conn.execute("DELETE FROM inbox WHERE message_id = ANY($1::uuid[])",
                           [expert.message_id, renamed.message_id])

    for message in (expert, renamed, renamed):  # the topic replayed, one message delivered twice
        await registry.until_consumed(await registry.publish(message))

    async with events.runtime.pool.acquire() as conn:
        row = await conn.fetchrow("SELECT name, withdrawn FROM experts WHERE id = $1", expert.aggregate_id)
    assert (row["name"], row["withdrawn"]) == ("Iryna Bondar-Shevchenko", False)
