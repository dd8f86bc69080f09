"""Imports follow the name rule of POST /organisations, and find organisations by name the same way."""

import uuid

import pytest

from deploy.demo_organisations import import_rows
from tests.integration.registry.bulk.test_bulk_import import ORGANISATIONS_HEADER, post
from tests.integration.registry.helpers import organisation

pytestmark = pytest.mark.integration


def tag() -> str:
    return uuid.uuid4().hex[:8]


async def test_a_row_duplicating_an_organisation_or_an_earlier_row_is_an_error_of_that_row(registry, operator):
    t = tag()
    existing = await organisation(registry.client, operator, f"Lviv Polytechnic {t}", city="Lviv")
    body = ORGANISATIONS_HEADER + "".join([
        f",  LVIV polytechnic {t} ,,university,UA,lviv,,,\n",
        f",Kyiv Design Hub {t},,business,UA,Kyiv,,,\n",
        f",kyiv design-hub {t},,business,UA,KYIV,,,\n",
        f",Kyiv Design Hub {t},,business,UA,Odesa,,,\n",
    ])
    response = await post(registry, "organisations", body, operator, partial="true")
    assert response.status_code == 201, response.text
    errors = response.json()["errors"]
    assert [(e["row"], e["field"]) for e in errors] == [(1, "name"), (3, "name")], errors
    assert existing["id"] in errors[0]["message"] and f"Lviv Polytechnic {t}" in errors[0]["message"]
    assert "row 2" in errors[1]["message"] and f"Kyiv Design Hub {t}" in errors[1]["message"]
    assert response.json()["rows_written"] == 2  # Kyiv and Odesa: one name, two cities


async def test_references_by_name_ignore_case_and_spacing_and_may_name_the_city(registry, operator):
    t = tag()
    lead = await organisation(registry.client, operator, f"Lead University {t}", city="Lviv")
    kyiv = await organisation(registry.client, operator, f"Impact Hub {t}", city="Kyiv")
    lviv = await organisation(registry.client, operator, f"Impact Hub {t}", city="Lviv")
    response = await post(registry, "partnerships", [
        {"name": f"By name {t}", "lead": f"lead  UNIVERSITY {t}", "partners": [f"impact hub {t} (Lviv, UA)"]},
        {"name": f"Ambiguous {t}", "lead": f"Lead University {t}", "partners": [f"Impact Hub {t}"]},
        {"name": f"By country {t}", "lead": f"Lead University {t} (UA)", "partners": [f"Impact Hub {t} (kyiv, ua)"]},
    ], operator, partial="true")
    assert response.status_code == 201, response.text
    report = response.json()
    assert [(e["row"], e["field"]) for e in report["errors"]] == [(2, "partners[0]")], report["errors"]
    message = report["errors"][0]["message"]
    assert kyiv["id"] in message and lviv["id"] in message and f"Impact Hub {t} (Lviv, UA)" in message, message
    members = [{m["organisation_id"] for m in (await registry.client.get(f"/partnerships/{p}")).json()["members"]}
               for p in report["created"]]
    assert members == [{lead["id"], lviv["id"]}, {lead["id"], kyiv["id"]}]


async def test_the_demo_organisations_have_no_two_names_alike(registry, operator):
    response = await post(registry, "organisations", import_rows(), operator, dry_run="true")
    alike = [e for e in response.json()["errors"] if e["message"].startswith("row ")]  # not other tests' names
    assert alike == [], alike
