"""The demo data holds together before it reaches a service: every reference resolves, every city is on the
registry's map, the same seed gives the same people, and every event fits its own dates."""

from datetime import date, datetime

import pytest

from deploy import demo_events, demo_people, demo_resources
from deploy.demo_organisations import ORGANISATIONS
from deploy.demo_partnerships import NETWORKS, PARTNERSHIPS, members
from deploy.demo_places import COUNTRIES
from services.registry.map.gazetteer import locate

SKILLS = [{"slug": slug, "name": slug.replace("-", " ").capitalize(), "names": {}, "parent": parent}
          for slug, parent in [("creative-industries", None), ("digital-technology", None), ("education", None),
                               ("entrepreneurship", None), ("culture-heritage", None)]] + [
    {"slug": slug, "name": slug.replace("-", " ").capitalize(), "names": {}, "parent": "creative-industries"}
    for skills in demo_people.SKILLS.values() for slug in skills]
TODAY = date(2026, 3, 20)  # the week Europe changes its clocks: sessions must still fit their events
EXPERTS = demo_people.experts(SKILLS)


def test_every_partnership_and_network_names_what_exists_and_every_organisation_belongs():
    in_partnerships = {o for p in PARTNERSHIPS for o in members(p)}
    assert in_partnerships == set(ORGANISATIONS)
    assert {p for _, _, partnerships, _ in NETWORKS.values() for p in partnerships} == set(PARTNERSHIPS)
    assert all(champion in partnerships for _, _, partnerships, champion in NETWORKS.values())


@pytest.mark.parametrize("country", sorted(COUNTRIES))
def test_every_city_is_on_the_registry_map(country):
    assert [city for city in COUNTRIES[country].cities if locate(city, country) is None] == []
    assert all(o[1] in COUNTRIES[o[2]].cities for o in ORGANISATIONS.values())


def test_the_same_seed_gives_the_same_experts_each_once():
    first, second = EXPERTS, demo_people.experts(SKILLS)
    assert [e.row for e in first] == [e.row for e in second]
    assert len(first) == demo_people.EXPERTS == len({e.name for e in first}) == len({e.row["email"] for e in first})
    assert {o for e in first for o in e.organisations} == set(ORGANISATIONS)


def test_resources_of_every_kind():
    kinds = {"coach", "venue", "equipment", "internship_places", "guest_lecture", "teacher_internship",
             "industrial_practice", "funding"}
    assert {r[0] for r in demo_resources.RESOURCES} == kinds
    assert len({r[2] for r in demo_resources.RESOURCES}) == len(demo_resources.RESOURCES)  # titles name them


@pytest.mark.parametrize("spec", demo_events.EVENTS, ids=lambda spec: spec["key"])
def test_each_event_fits_its_dates_shares_and_speakers(spec):
    body = demo_events.body(spec, EXPERTS, TODAY)
    starts, ends = datetime.fromisoformat(body["starts_at"]), datetime.fromisoformat(body["ends_at"])
    for session in body["sessions"]:
        session_starts, session_ends = (datetime.fromisoformat(session[t]) for t in ("starts_at", "ends_at"))
        assert starts <= session_starts < session_ends <= ends
        assert session["speakers"]
    assert sum(o["revenue_share_bps"] for o in body["organisers"]) == 10_000
    assert [o["lead"] for o in body["organisers"]].count(True) == 1
    assert {"en", "uk"} <= set(body["title"]) and {"en", "uk"} <= set(body["description"])
    assert ("de" in body["title"]) == (COUNTRIES["DE"].timezone == body["timezone"])
    assert {t["price"]["currency"] for t in body["ticket_types"]} == {
        next(c.currency for c in COUNTRIES.values() if c.timezone == body["timezone"])}
