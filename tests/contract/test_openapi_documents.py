"""Each service's OpenAPI document is one a client generator can trust: every operation named and explained, who
may call it declared, every error it can answer documented as a problem, and bodies that are not JSON typed."""

import os

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

from harness.platform import SERVICE_NAMES
from shared import problems

os.environ.setdefault("SPARKNET_ENV", "development")


def app_of(service: str) -> FastAPI:
    return __import__(f"services.{service}.app", fromlist=["build"]).build()[1]


@pytest.fixture(scope="module")
def apps() -> dict[str, FastAPI]:
    return {service: app_of(service) for service in SERVICE_NAMES}


@pytest.fixture(scope="module")
def documents(apps) -> dict[str, dict]:
    return {service: app.openapi() for service, app in apps.items()}


def operations(document: dict):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "patch", "delete"}:
                yield f"{method.upper()} {path}", operation


def test_every_operation_has_a_summary_and_a_description_of_its_own(apps):
    """Written for the operation, not FastAPI's fallback (the function's name in title case)."""
    missing = [f"{service}: {sorted(route.methods)} {route.path_format}" for service, app in apps.items()
               for route in iter_route_contexts(app.routes)
               if isinstance(route.original_route, APIRoute) and route.include_in_schema
               and not (route.summary and (route.description or "").strip())]
    assert not missing, missing


def test_every_error_answer_is_a_problem(documents):
    not_problems = [f"{service}: {name} {status}" for service, document in documents.items()
                    for name, operation in operations(document)
                    for status, answer in operation["responses"].items()
                    if status.startswith(("4", "5")) and list(answer.get("content", {})) != [problems.MEDIA_TYPE]]
    assert not not_problems, not_problems


def test_who_may_call_is_declared_with_the_four_kinds_of_credential(documents):
    schemes = {name for document in documents.values()
               for name in document.get("components", {}).get("securitySchemes", {})}
    assert schemes == {"accessToken", "apiToken", "orderSecret", "orderLinkKey", "subscriptionSecret"}
    registry = dict(operations(documents["registry"]))
    assert registry["POST /organisations"]["security"] == [{"accessToken": []}, {"apiToken": []}]
    assert registry["GET /experts"]["security"][0] == {}, "public, a token shows more"
    billing = dict(operations(documents["billing"]))
    assert billing["GET /orders/{order_id}"]["security"] == [{"orderSecret": []}, {"orderLinkKey": []}]


def test_operations_reading_a_credential_document_the_refusals(documents):
    undocumented = [f"{service}: {name}" for service, document in documents.items()
                    for name, operation in operations(document)
                    if operation.get("security") and "401" not in operation["responses"]]
    assert not undocumented, undocumented


def test_an_order_cannot_be_placed_without_an_idempotency_key(documents):
    place = dict(operations(documents["billing"]))["POST /orders"]
    key = next(p for p in place["parameters"] if p["name"] == "Idempotency-Key")
    assert key["in"] == "header" and key["required"] is True
    assert {"400", "413", "422"} <= set(place["responses"])


@pytest.mark.parametrize(("service", "operation", "media_type"), [
    ("events", "GET /events/{event_id}/calendar.ics", "text/calendar"),
    ("events", "GET /calendars/cities/{city}.ics", "text/calendar"),
    ("billing", "GET /orders/{order_id}/tickets/{ticket_id}/qr", "image/png"),
    ("billing", "GET /events/{event_id}/statement.csv", "text/csv"),
])
def test_answers_that_are_not_json_name_their_media_type(documents, service, operation, media_type):
    content = dict(operations(documents[service]))[operation]["responses"]["200"]["content"]
    assert media_type in content and "application/json" not in content
    assert all(typed["schema"]["type"] == "string" for typed in content.values())


def test_imports_and_exports_type_their_files(documents):
    registry = dict(operations(documents["registry"]))
    upload = registry["POST /imports/{kind}"]["requestBody"]["content"]
    assert {"text/csv", "application/json"} <= set(upload)
    export = registry["GET /exports/{kind}"]["responses"]["200"]["content"]
    assert {"text/csv", "application/json"} <= set(export)
