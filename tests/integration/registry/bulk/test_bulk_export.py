"""Bulk export: the columns an import reads, round-trip safe, and never a value the caller may not see."""

import csv
import io
import json
import uuid
from contextlib import asynccontextmanager

import jsonschema_rs
import pytest

from services.registry.app import build
from services.registry.settings import RegistrySettings
from tests.integration.registry.helpers import OPERATOR_EMAIL, OPERATOR_PASSWORD, PASSWORD, log_in
from harness.kafka import start_group_at_end
from harness.services import run_service, settings_env

pytestmark = pytest.mark.integration
CSV = {"Content-Type": "text/csv"}
KINDS = ("organisations", "partnerships", "experts")
EMAILS = {name: f"{name}-{uuid.uuid4().hex[:8]}@example.org" for name in ("admin", "expert", "member")}


@asynccontextmanager
async def fresh_registry(infra):
    """A registry of its own schema: an export from one is imported into another that is empty."""
    group = f"test-registry-{uuid.uuid4().hex[:6]}"
    await start_group_at_end(infra.bootstrap_servers, group, "events.event.v1")
    env = settings_env(infra, "registry", REGISTRY_BOOTSTRAP_OPERATOR_EMAIL=OPERATOR_EMAIL,
                       REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD=OPERATOR_PASSWORD, REGISTRY_CONSUMER_GROUP=group)
    async with run_service(build, RegistrySettings(**env)) as service:
        service.operator = await log_in(service.client, OPERATOR_EMAIL, OPERATOR_PASSWORD)
        for email in EMAILS.values():
            created = await service.client.post("/users", json={"email": email, "password": PASSWORD}, headers=service.operator)
            assert created.status_code == 201, created.text
        yield service


async def ok(response, status: int = 201) -> dict:
    assert response.status_code == status, response.text
    return response.json()


@pytest.fixture(scope="module")
async def source(infra):
    """A small network made through the single-item APIs and through imports, every kind of field filled."""
    async with fresh_registry(infra) as registry:
        c, operator = registry.client, registry.operator
        admin = await log_in(c, EMAILS["admin"])
        home = await ok(await c.post("/organisations", headers=admin, json={
            "name": "Kharkiv School of Design", "kind": "college", "country": "UA", "city": "Kharkiv",
            "names": {"uk": "Харківська школа дизайну"}, "sectors": ["creative-industries"],
            "website": "https://design.example.org/", "description": 'Studios, "labs", and\na gallery',
            "contact_email": "hello@design.example.org"}))
        await ok(await c.post(f"/organisations/{home['id']}/members", headers=admin,
                              json={"email": EMAILS["member"], "role": "member"}))
        await ok(await c.post("/imports/organisations", headers=operator | CSV, content=(
            "key,name,name_kk,kind,country,city,sectors,contact_email,admin_emails,status\n"
            f"almaty-hub,Almaty Hub,Алматы хабы,it_cluster,KZ,Almaty,digital-technology;education,hub@example.org,"
            f"{EMAILS['admin']},active\n"
            "closed-ngo,Closed NGO,,ngo,GB,Cardiff,,,,suspended\n").encode()))
        admin = await log_in(c, EMAILS["admin"])  # now an admin of Almaty Hub too
        await ok(await c.post("/partnerships", headers=admin, json={
            "name": "Design Bridge", "members": [{"organisation_id": home["id"], "role": "lead"}, {
                "organisation_id": (await c.get("/organisations", params={"q": "Almaty Hub"})).json()["items"][0]["id"],
                "role": "partner"}]}))
        await ok(await c.post("/imports/partnerships", headers=operator, json=[{
            "name": "Steppe Creative", "programme": "Creative Spark", "period_start": "2026-01-01",
            "period_end": "2027-06-30", "lead": "almaty-hub", "partners": ["closed-ngo"],
            "associates": ["Kharkiv School of Design"]}]))
        await ok(await c.post("/experts", headers=admin, json={
            "name": "Oksana Bondar", "organisation_ids": [home["id"]], "skills": ["design-thinking", "pitching"],
            "languages": ["uk", "en"], "roles": ["coach"], "city": "Kharkiv", "country": "UA",
            "available_remote": True, "availability": "Weekends", "bio": "Service design,\n sprints; \"jams\"",
            "email": "oksana@example.org", "phone": "+380 50 123 45 67", "user_email": EMAILS["expert"],
            "visibility": {"bio": "network", "email": "network", "skills": "public"}}))
        gone = await ok(await c.post("/experts", headers=admin, json={
            "name": "Withdrawn Person", "organisation_ids": [home["id"]]}))
        await ok(await c.delete(f"/experts/{gone['id']}", headers=admin), 200)
        await ok(await c.post("/imports/experts", headers=admin | CSV, content=(
            "name,organisations,skills,email,phone,visibility\n"
            "Aigerim Sadykova,almaty-hub;Kharkiv School of Design,data-science,aigerim@example.org,+7 701 000 00 00,"
            "phone=network;location=private\n").encode()))
        yield registry


async def exported(registry, kind: str, headers: dict, file_format: str = "csv") -> str:
    response = await registry.client.get(f"/exports/{kind}", params={"format": file_format}, headers=headers)
    assert response.status_code == 200, response.text
    return response.text


async def test_an_export_imported_into_an_empty_registry_exports_the_same(infra, source):
    before = {(k, f): await exported(source, k, source.operator, f) for k in KINDS for f in ("csv", "json")}
    assert before["experts", "csv"].count("\r\n") == 3 and "Withdrawn Person" not in before["experts", "csv"]
    async with fresh_registry(infra) as target:
        for kind in KINDS:
            report = await ok(await target.client.post(f"/imports/{kind}", content=before[kind, "csv"].encode(),
                                                       headers=target.operator | CSV))
            assert report["errors"] == [] and report["rows_written"] == len(json.loads(before[kind, "json"]))
        after = {(k, f): await exported(target, k, target.operator, f) for k in KINDS for f in ("csv", "json")}
        admin = await log_in(target.client, EMAILS["admin"])
        oksana = next(e for e in json.loads(after["experts", "json"]) if e["name"] == "Oksana Bondar")
        assert (await target.client.patch(f"/experts/{oksana['id']}", json={"city": "Lviv"},
                                          headers=admin)).status_code == 200  # admins came along too
    assert after == before
    organisations = json.loads(after["organisations", "json"])
    assert [o["name"] for o in organisations] == ["Almaty Hub", "Closed NGO", "Kharkiv School of Design"]
    assert organisations[1]["status"] == "suspended" and organisations[0]["name_kk"] == "Алматы хабы"
    assert json.loads(after["partnerships", "json"])[1]["associates"] == [organisations[2]["id"]]


def rows(text: str) -> dict[str, dict]:
    return {r["name"]: r for r in csv.DictReader(io.StringIO(text))}


async def test_exports_leave_out_what_the_caller_may_not_see(source):
    member = await log_in(source.client, EMAILS["member"])
    admin = await log_in(source.client, EMAILS["admin"])
    anonymous = {}
    for headers in (anonymous, member):
        text = await exported(source, "organisations", headers)
        assert "admin-" not in text and rows(text)["Almaty Hub"]["admin_emails"] == ""
        assert ("hub@example.org" in text) is (headers is member)
        assert "admin_emails" not in json.loads(await exported(source, "organisations", headers, "json"))[0]
    by_operator = rows(await exported(source, "organisations", source.operator))
    assert by_operator["Almaty Hub"]["admin_emails"] == EMAILS["admin"]

    seen = {who: rows(await exported(source, "experts", headers))
            for who, headers in (("anonymous", anonymous), ("member", member), ("admin", admin))}
    hidden = {"anonymous": {"bio", "email", "phone", "availability", "available_remote", "user_email", "visibility"},
              "member": {"phone", "user_email", "visibility"}, "admin": set()}
    for who, fields in hidden.items():
        oksana = seen[who]["Oksana Bondar"]
        assert {f for f in fields if oksana[f]} == set(), who
        assert all(oksana[f] for f in set(hidden["anonymous"]) - fields), who
    assert seen["member"]["Aigerim Sadykova"]["city"] == "" and seen["member"]["Aigerim Sadykova"]["phone"] != ""
    as_json = await exported(source, "experts", anonymous, "json")
    assert "oksana@example.org" not in as_json and "+380" not in as_json and EMAILS["expert"] not in as_json
    assert "email" not in json.loads(as_json)[1]


def documented_json_export(registry) -> "jsonschema_rs.Validator":
    document = registry.app.openapi()
    schema = document["paths"]["/exports/{kind}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return jsonschema_rs.validator_for(schema | {"components": document["components"]})


async def test_a_json_export_is_the_document_s_rows_for_every_caller(source):
    validator = documented_json_export(source)
    admin = await log_in(source.client, EMAILS["admin"])
    for kind in KINDS:
        for headers in ({}, admin, source.operator):
            exported_rows = json.loads(await exported(source, kind, headers, "json"))
            assert exported_rows and not list(validator.iter_errors(exported_rows)), (kind, headers)
