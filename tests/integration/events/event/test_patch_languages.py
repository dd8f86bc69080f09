"""PATCH merges titles and descriptions by language over HTTP; EventUpdated says which languages changed."""

import json

import pytest

from shared import topics
from shared.contracts.events import EventUpdated
from tests.integration.events.conftest import event_body
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


@pytest.fixture
async def bilingual(events, registry):
    formed = await registry.form_partnership()
    body = event_body(formed.aggregate_id, title={"en": "Design jam", "uk": "Дизайн-джем"},
                      description={"en": "Bring a laptop", "uk": "Візьміть ноутбук"})
    response = await events.client.post("/events", json=body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def updates(reader: TopicReader, event_id: str, last_changes: dict) -> list[EventUpdated]:
    """The event's EventUpdated messages up to the one with `last_changes`, and any right after it."""
    def ours(message: dict) -> bool:
        return message.get("aggregate_id") == event_id and message.get("type") == "EventUpdated"

    await reader.wait_for(lambda m: ours(m) and m["changes"] == last_changes)
    await reader.drain(2.0)  # one key, one partition: a later (wrong) announcement would follow by now
    return [topics.EVENTS_EVENT.parse(r.value) for r in reader.records if ours(json.loads(r.value))]


async def test_each_patch_changes_only_the_languages_it_names(events, infra, bilingual):
    path = f"/events/{bilingual}"
    async with TopicReader(infra.bootstrap_servers, topics.EVENTS_EVENT.name) as reader:
        ukrainian = await events.client.patch(path, json={"title": {"uk": "Дизайн-джем 2031"}})
        removed = await events.client.patch(path, json={"description": {"uk": None}, "title": {"de": "Design-Jam"}})
        english = await events.client.patch(path, json={"title": "Design jam 2031"})
        same = await events.client.patch(path, json={"title": {"uk": "Дизайн-джем 2031"}})
        announced = await updates(reader, bilingual, {"title": {"en": "Design jam 2031"}})

    assert ukrainian.json()["titles"] == {"en": "Design jam", "uk": "Дизайн-джем 2031"}
    assert removed.json()["descriptions"] == {"en": "Bring a laptop"}
    assert removed.json()["titles"] == {"en": "Design jam", "uk": "Дизайн-джем 2031", "de": "Design-Jam"}
    assert english.json()["titles"] == {"en": "Design jam 2031", "uk": "Дизайн-джем 2031", "de": "Design-Jam"}
    assert same.status_code == 200 and same.json()["revision"] == english.json()["revision"]
    assert [(u.changed, u.changes) for u in announced] == [
        (("title",), {"title": {"uk": "Дизайн-джем 2031"}}),
        (("description", "title"), {"description": {"uk": None}, "title": {"de": "Design-Jam"}}),
        (("title",), {"title": {"en": "Design jam 2031"}}),
    ]
    assert announced[-1].title == "Design jam 2031"


@pytest.mark.parametrize(("change", "detail"), [
    ({"title": {"en": None, "uk": None}}, "title: at least one language is needed"),
    ({"title": {"uk": " "}}, "title.uk: must not be blank"),
    ({"description": {"ukr": None}}, "description.ukr: not an ISO 639-1 language code like 'en' or 'uk'"),
    ({"title": None}, "title: cannot be cleared, only changed"),
])
async def test_a_patch_leaving_no_title_or_naming_no_language_is_refused(events, bilingual, change, detail):
    before = (await events.client.get(f"/events/{bilingual}")).json()

    response = await events.client.patch(f"/events/{bilingual}", json=change)

    assert response.status_code == 422, response.text
    assert response.json()["detail"].startswith(detail)
    assert (await events.client.get(f"/events/{bilingual}")).json() == before


async def test_the_openapi_schema_says_how_texts_merge(events):
    schema = (await events.anonymous.get("/openapi.json")).json()["components"]["schemas"]["EventUpdate"]

    for name in ("title", "description"):
        assert "Merged by language" in schema["properties"][name]["description"]
        assert "null} removes Ukrainian" in schema["properties"][name]["description"]
        assert "A plain string is the English text only" in schema["properties"][name]["description"]
