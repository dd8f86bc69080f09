"""Bulk import over real HTTP, PostgreSQL and Kafka: rows checked as one at a time, written in one transaction."""

import json
import time
import uuid

import jsonschema_rs
import pytest

from tests.integration.registry.helpers import new_user, organisation
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration
CSV = {"Content-Type": "text/csv"}
ORGANISATIONS_HEADER = "key,name,name_uk,kind,country,city,sectors,contact_email,admin_emails\n"


def tag() -> str:
    return uuid.uuid4().hex[:8]


async def post(registry, kind: str, body: str | list, headers: dict, **params):
    if isinstance(body, list):
        return await registry.client.post(f"/imports/{kind}", json=body, headers=headers, params=params)
    return await registry.client.post(f"/imports/{kind}", content=body.encode(), headers=headers | CSV, params=params)


async def count(registry, sql: str, *args) -> int:
    return await registry.runtime.pool.fetchval(sql, *args)


async def test_organisations_from_csv_are_registered_with_their_events_admins_and_keys(infra, registry, operator):
    user, admin = await new_user(registry.client, "imported-admin")
    t = tag()
    body = ORGANISATIONS_HEADER + (
        f"lviv-{t},Lviv Polytechnic {t},Львівська політехніка,university,UA,Lviv,creative-industries;education,"
        f"office@lp.example.org,{user['email']}\n"
        f"kharkiv-{t},\"Kharkiv Hub, {t}\",,it_cluster,UA,Kharkiv,,,\n")
    async with TopicReader(infra.bootstrap_servers, "registry.organisation.v1") as reader:
        response = await post(registry, "organisations", body, operator)
        assert response.status_code == 201, response.text
        report = response.json()
        for created in report["created"]:
            await reader.wait_for(lambda v, i=created: v["aggregate_id"] == i and v["type"] == "OrganisationRegistered")
    assert {k: report[k] for k in ("kind", "dry_run", "rows_total", "rows_valid", "rows_written", "errors")} == {
        "kind": "organisations", "dry_run": False, "rows_total": 2, "rows_valid": 2, "rows_written": 2, "errors": []}
    lviv = (await registry.client.get(f"/organisations/{report['created'][0]}", headers=operator)).json()
    assert (lviv["name"], lviv["names"], lviv["sectors"], lviv["contact_email"]) == (
        f"Lviv Polytechnic {t}", {"uk": "Львівська політехніка"}, ["creative-industries", "education"],
        "office@lp.example.org")
    assert await count(registry, "SELECT count(*) FROM organisations WHERE key = $1", f"lviv-{t}") == 1
    changed = await registry.client.patch(f"/organisations/{lviv['id']}", json={"city": "Lviv"}, headers=admin)
    assert changed.status_code == 200, changed.text  # the admin named in the file administers it


async def test_any_bad_row_is_reported_precisely_and_nothing_is_written(registry, operator):
    t = tag()
    body = ORGANISATIONS_HEADER + "\n".join([
        f"good-{t},Good {t},,university,UA,Lviv,,,",
        f"bad-country-{t},Bad Country {t},,university,XX,Lviv,,,",
        f"short-{t},Short Row {t},university,UA,Lviv",
        f'quote-{t},"Bad "quote" {t}",,ngo,UA,Lviv,,,',
        f"good-{t},Same Key {t},,ngo,UA,Lviv,,,",
        f"mail-{t},Mail {t},,ngo,UA,Lviv,,not-an-email,nobody-{t}@example.org",
        f"lang-{t},Lang {t},,wizardry,UA,Lviv,Bad Sector,,",
    ]) + "\n"
    response = await post(registry, "organisations", body, operator)
    assert response.status_code == 422, response.text
    report = response.json()
    assert (report["rows_total"], report["rows_valid"], report["rows_written"], report["created"]) == (7, 1, 0, [])
    assert [(e["row"], e["field"], e["message"]) for e in report["errors"]] == [
        (2, "country", "'XX' is not an ISO 3166-1 alpha-2 country code"),
        (3, None, "expected 9 columns as in the header, got 5"),
        (4, None, "malformed CSV: ',' expected after '\"'"),
        (5, "key", f"'good-{t}' is already the key of row 1"),
        (6, "contact_email", "value is not a valid email address: An email address must have an @-sign."),
        (7, "kind", "Input should be 'university', 'college', 'business', 'it_cluster', 'ngo', 'cultural_institute',"
                    " 'public_body' or 'donor'"),
    ]
    assert [e["line"] for e in report["errors"]] == [3, 4, 5, 6, 7, 8]
    assert await count(registry, "SELECT count(*) FROM organisations WHERE name LIKE $1", f"%{t}") == 0


async def test_partial_imports_write_the_valid_rows_and_dry_runs_write_nothing(registry, operator):
    t = tag()
    body = ORGANISATIONS_HEADER + (f"a-{t},A {t},,ngo,UA,Lviv,,,\n"
                                   f"b-{t},B {t},,ngo,ZZ,Lviv,,,\n"
                                   f"c-{t},C {t},,ngo,KZ,Almaty,,,\n")
    dry = await post(registry, "organisations", body, operator, dry_run="true", partial="true")
    assert dry.status_code == 200, dry.text
    assert (dry.json()["rows_valid"], dry.json()["rows_written"], len(dry.json()["errors"])) == (2, 0, 1)
    strict_dry = await post(registry, "organisations", body, operator, dry_run="true")
    assert strict_dry.status_code == 422
    assert await count(registry, "SELECT count(*) FROM organisations WHERE name LIKE $1", f"%{t}") == 0
    partial = await post(registry, "organisations", body, operator, partial="true")
    assert partial.status_code == 201, partial.text
    assert (partial.json()["rows_written"], partial.json()["errors"][0]["row"]) == (2, 2)
    assert await count(registry, "SELECT count(*) FROM organisations WHERE name LIKE $1", f"%{t}") == 2
    again = await post(registry, "organisations", body, operator, partial="true")
    assert again.status_code == 422  # their keys are taken now: nothing valid is left
    assert again.json()["errors"][0] == {"row": 1, "field": "key", "line": 2,
                                         "message": f"'a-{t}' is already the key of an existing organisation"}


async def test_partnerships_refer_to_organisations_by_key_name_or_id(infra, registry, operator):
    t = tag()
    orgs = await post(registry, "organisations", ORGANISATIONS_HEADER + "".join(
        f"p{i}-{t},Partner {i} {t},,university,UA,Lviv,,,\n" for i in range(4)), operator)
    ids = orgs.json()["created"]
    body = [
        {"name": f"Lviv Creative {t}", "programme": "Creative Spark", "period_start": "2026-01-01",
         "period_end": "2026-12-31", "lead": f"p0-{t}", "partners": [f"Partner 1 {t}"], "associates": [ids[2]]},
        {"name": f"Twice {t}", "lead": f"p0-{t}", "partners": [f"p1-{t}", f"p0-{t}"]},
        {"name": f"Unknown {t}", "lead": f"p0-{t}", "partners": [f"nowhere-{t}"]},
        {"name": f"Backwards {t}", "lead": f"p0-{t}", "partners": [f"p3-{t}"], "period_start": "2026-05-01",
         "period_end": "2026-01-01"},
        {"name": f"Alone {t}", "lead": f"p0-{t}"},
    ]
    async with TopicReader(infra.bootstrap_servers, "registry.partnership.v1") as reader:
        response = await post(registry, "partnerships", body, operator, partial="true")
        assert response.status_code == 201, response.text
        report = response.json()
        formed = json.loads((await reader.wait_for(lambda v: v["aggregate_id"] == report["created"][0])).value)
    assert formed["type"] == "PartnershipFormed" and formed["members"] == [
        {"organisation_id": ids[0], "role": "lead"}, {"organisation_id": ids[1], "role": "partner"},
        {"organisation_id": ids[2], "role": "associate"}]
    assert [(e["row"], e["field"], e["message"]) for e in report["errors"]] == [
        (2, "partners[1]", f"organisation 'p0-{t}' is already a member (in lead)"),
        (3, "partners[0]", f"unknown organisation 'nowhere-{t}': no organisation has this id, key or name"),
        (4, "period_end", "must not be before period_start"),
        (5, "members", "a partnership needs members from at least two organisations"),
    ]


async def test_experts_are_checked_against_skills_organisations_and_the_callers_rights(infra, registry, operator):
    t = tag()
    _, admin = await new_user(registry.client, "expert-importer")
    home = await organisation(registry.client, admin, f"Home {t}")
    other = await organisation(registry.client, operator, f"Other {t}")
    header = "name,organisations,skills,languages,roles,city,country,email,visibility\n"
    body = header + "\n".join([
        f"Olena {t},{home['id']},design-thinking;pitching,uk;en,coach,Kharkiv,UA,olena@example.org,email=network",
        f"Unknown Skill {t},Home {t},basket-weaving,,,,,,",
        f"Bad Country {t},{home['id']},,,,Paris,XX,,",
        f"Elsewhere {t},{home['id']};{other['id']},,,,,,,",
        f"Public Mail {t},{home['id']},,,,,,a@example.org,email=public",
        f"Nowhere {t},nowhere-{t},,,,,,,",
    ]) + "\n"
    async with TopicReader(infra.bootstrap_servers, "registry.expert.v1") as reader:
        response = await post(registry, "experts", body, admin, partial="true")
        assert response.status_code == 201, response.text
        report = response.json()
        published = json.loads((await reader.wait_for(lambda v: v["aggregate_id"] == report["created"][0])).value)
    assert (published["type"], published["skills"], "olena@example.org" in json.dumps(published)) == (
        "ExpertPublished", ["design-thinking", "pitching"], False)
    assert [(e["row"], e["field"], e["message"]) for e in report["errors"]] == [
        (2, "skills[0]", "unknown skill 'basket-weaving'"),
        (3, "country", "'XX' is not an ISO 3166-1 alpha-2 country code"),
        (4, "organisations[1]", f"affiliating an expert with organisation {other['id']} needs an admin of it"),
        (5, "visibility.email", "contact details are never public; use network or private"),
        (6, "organisations[0]", f"unknown organisation 'nowhere-{t}': no organisation has this id, key or name"),
    ]


@pytest.mark.parametrize("kind", ["organisations", "partnerships", "experts"])
async def test_imports_need_a_signed_in_operator_or_admin(registry, kind):
    _, outsider = await new_user(registry.client, "outsider")
    assert (await post(registry, kind, "name\nx\n", {})).status_code == 401
    assert (await post(registry, kind, "name\nx\n", outsider)).status_code == 403


async def test_organisations_are_imported_by_operators_only(registry):
    _, admin = await new_user(registry.client, "org-admin")
    await organisation(registry.client, admin, f"Admin's {tag()}")
    response = await post(registry, "organisations", ORGANISATIONS_HEADER, admin)
    assert response.status_code == 403
    assert response.json()["detail"] == "importing organisations is for platform operators only"


async def test_a_file_refused_as_a_whole_answers_the_documented_problem(registry, operator):
    document = registry.app.openapi()
    schema = document["paths"]["/imports/{kind}"]["post"]["responses"]["422"]["content"][
        "application/problem+json"]["schema"]
    validator = jsonschema_rs.validator_for(schema | {"components": document["components"]})
    for body in (ORGANISATIONS_HEADER, "name,kind,country,city\nonly-one-cell\n"):
        refused = await post(registry, "organisations", body, operator)
        assert refused.status_code == 422 and any(e["field"] is None for e in refused.json()["errors"])
        assert not list(validator.iter_errors(refused.json())), refused.text


async def test_other_bodies_are_refused(registry, operator):
    response = await registry.client.post("/imports/organisations", content=b"<xml/>", headers=operator | {
        "Content-Type": "application/xml"})
    assert response.status_code == 415
    assert (await registry.client.post("/imports/teams", json=[], headers=operator)).status_code == 422
    empty = await post(registry, "organisations", ORGANISATIONS_HEADER, operator)
    assert empty.status_code == 422 and empty.json()["errors"] == [
        {"row": 0, "field": None, "message": "no data rows", "line": None}]
    latin1 = await registry.client.post("/imports/organisations", content="name\nCaf\xe9\n".encode("latin-1"),
                                        headers=operator | CSV)
    assert latin1.status_code == 422 and latin1.json()["errors"][0]["message"].startswith("CSV is not UTF-8")


async def test_a_network_of_120_institutions_from_30_cities_is_one_file(infra, registry, operator):
    t = tag()
    cities = [("Lviv", "UA"), ("Kharkiv", "UA"), ("Kyiv", "UA"), ("Odesa", "UA"), ("Dnipro", "UA"), ("Almaty", "KZ"),
              ("Astana", "KZ"), ("Shymkent", "KZ"), ("London", "GB"), ("Manchester", "GB"), ("Glasgow", "GB"),
              ("Cardiff", "GB"), ("Belfast", "GB"), ("Tbilisi", "GE"), ("Batumi", "GE"), ("Yerevan", "AM"),
              ("Gyumri", "AM"), ("Baku", "AZ"), ("Chisinau", "MD"), ("Minsk", "BY"), ("Bishkek", "KG"),
              ("Tashkent", "UZ"), ("Samarkand", "UZ"), ("Dushanbe", "TJ"), ("Ashgabat", "TM"), ("Vilnius", "LT"),
              ("Riga", "LV"), ("Tallinn", "EE"), ("Warsaw", "PL"), ("Krakow", "PL")]
    kinds = ["university", "college", "business", "it_cluster"]
    body = ORGANISATIONS_HEADER + "".join(
        f"n{i}-{t},Institution {i} {t},,{kinds[i % 4]},{cities[i % 30][1]},{cities[i % 30][0]},creative-industries,"
        f"office{i}@example.org,\n" for i in range(120))
    async with TopicReader(infra.bootstrap_servers, "registry.organisation.v1") as reader:
        started = time.perf_counter()
        response = await post(registry, "organisations", body, operator)
        elapsed = time.perf_counter() - started
        assert response.status_code == 201, response.text
        created = set(response.json()["created"])
        await reader.wait_for(lambda _: created <= {json.loads(r.value)["aggregate_id"] for r in reader.records})
    print(f"\nimported 120 organisations from 30 cities in one request: {elapsed * 1000:.0f} ms")
    assert response.json()["rows_written"] == 120 and len(created) == 120
    assert await count(registry, "SELECT count(DISTINCT city) FROM organisations WHERE name LIKE $1", f"%{t}") == 30


async def test_an_admin_imports_only_partnerships_their_organisation_leads(registry, operator):
    t = tag()
    _, admin = await new_user(registry.client, "partnership-importer")
    mine = await organisation(registry.client, admin, f"Mine {t}")
    others = [await organisation(registry.client, operator, f"Other {i} {t}") for i in range(2)]
    response = await post(registry, "partnerships", [
        {"name": f"With me {t}", "lead": mine["id"], "partners": [others[0]["id"]]},
        {"name": f"Without me {t}", "lead": others[0]["id"], "partners": [others[1]["id"]]}], admin, partial="true")
    assert response.status_code == 201, response.text
    assert (response.json()["rows_written"], response.json()["errors"]) == (1, [{
        "row": 2, "field": "lead", "line": None,
        "message": "forming a partnership needs an admin of its lead organisation"}])
    imported = (await registry.client.get(f"/partnerships/{response.json()['created'][0]}", headers=admin)).json()
    assert [m["organisation_id"] for m in imported["members"]] == [mine["id"]]  # the partner has not accepted yet
    assert [m["organisation_id"] for m in imported["pending_members"]] == [others[0]["id"]]


async def test_json_values_of_the_wrong_type_are_reported_not_crashed_on(registry, operator):
    response = await post(registry, "experts", [
        {"name": "Typed", "organisations": 7, "visibility": ["bio"]},
        {"name": {"first": "X"}, "organisations": ["x"], "skills": "a;b", "available_remote": "maybe"}], operator)
    assert response.status_code == 422, response.text
    assert [(e["row"], e["field"]) for e in response.json()["errors"]] == [(1, "visibility"), (2, "organisations[0]")]
