"""PATCH merges titles and descriptions by language; EventUpdated carries only what changed."""

import pytest

from services.events.event.content import TextsPatch
from services.events.event.schemas import EventUpdate
from shared.contracts.events import EventUpdated
from shared.errors import DomainError
from tests.unit.events.factories import draft


def edited(event, body: dict):
    values, wire = EventUpdate(**body).changes()
    event.edit(values, wire=wire, sold={})
    return event


def bilingual():
    return draft(titles={"en": "Data jam", "uk": "Джем даних"},
                 descriptions={"en": "Bring data", "uk": "Дані"})


def test_one_language_changes_and_the_others_stay():
    event = edited(bilingual(), {"title": {"uk": "Джем даних і дизайну"}})

    assert event.titles == {"en": "Data jam", "uk": "Джем даних і дизайну"}
    update = event.events[-1]
    assert isinstance(update, EventUpdated)
    assert (update.changed, update.changes) == (("title",), {"title": {"uk": "Джем даних і дизайну"}})


def test_null_removes_a_language_and_a_plain_string_is_english_only():
    event = edited(bilingual(), {"description": {"uk": None}, "title": "Data and design jam"})

    assert event.descriptions == {"en": "Bring data"}
    assert event.titles == {"en": "Data and design jam", "uk": "Джем даних"}
    assert event.events[-1].changes == {"description": {"uk": None}, "title": {"en": "Data and design jam"}}


def test_only_languages_that_really_change_are_announced_and_a_no_op_is_no_edit():
    event = bilingual()
    revision = event.revision

    edited(event, {"title": {"en": "Data jam", "uk": "Новий джем", "de": None}})
    assert event.events[-1].changes == {"title": {"uk": "Новий джем"}}
    announced = len(event.events)
    edited(event, {"title": {"en": " Data jam "}})

    assert len(event.events) == announced and event.revision == revision + 1


def test_null_description_still_clears_every_language():
    event = edited(bilingual(), {"description": None})

    assert event.descriptions == {}
    assert event.events[-1].changes == {"description": None}


@pytest.mark.parametrize(("body", "message"), [
    ({"title": {"en": None, "uk": None}}, "title: at least one language is needed"),
    ({"title": {"uk": "  "}}, "title.uk: must not be blank"),
    ({"title": {"english": None}}, "title.english: not an ISO 639-1 language code"),
    ({"title": None}, "title: cannot be cleared, only changed"),
])
def test_bad_text_patches_are_refused_and_change_nothing(body, message):
    event = bilingual()
    before = (dict(event.titles), len(event.events), event.revision)

    with pytest.raises(DomainError, match=message):
        edited(event, body)

    assert (event.titles, len(event.events), event.revision) == before


def test_a_patch_keeps_the_order_languages_were_added_in():
    patch = TextsPatch("title", {"de": "Daten-Jam", "en": None})

    assert patch.applied_to({"en": "Data jam", "uk": "Джем"}) == {"uk": "Джем", "de": "Daten-Jam"}
    assert patch.against({"en": "Data jam", "uk": "Джем"}) == {"de": "Daten-Jam", "en": None}
