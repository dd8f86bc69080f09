"""Every error of a service's HTTP API is an RFC 9457 problem, and none reaches the client as a traceback."""

import httpx
import pytest
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from shared import http, telemetry
from shared.errors import Conflict, NotFound


@pytest.fixture(autouse=True, scope="module")
def tracing():
    telemetry.setup_tracing("plumbing-tests", "none")  # as a running service does: spans with ids


class Line(BaseModel):
    quantity: int = Field(ge=1)


class Body(BaseModel):
    lines: list[Line]


def an_app() -> FastAPI:
    app = FastAPI()
    http.install(app)

    @app.get("/things/{thing_id}")
    async def read(thing_id: int):
        raise NotFound(f"thing {thing_id} not found")

    @app.post("/things")
    async def create(body: Body):
        raise Conflict("sold out: fewer than 2 seats left", code="sold_out")

    @app.get("/teapot")
    async def teapot():
        raise HTTPException(418, "short and stout")

    @app.get("/boom")
    async def boom():
        raise RuntimeError("secret database password in here")

    return app


async def call(method: str, path: str, **request) -> httpx.Response:
    transport = httpx.ASGITransport(app=an_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.request(method, path, **request)


def problem_of(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status and problem["code"] == code, problem
    assert problem["type"].endswith(f"/problems/{code}") and problem["title"]
    return problem


async def test_a_domain_error_keeps_its_message_as_detail_and_its_own_code():
    problem = problem_of(await call("POST", "/things", json={"lines": [{"quantity": 1}]}), 409, "sold_out")
    assert problem["detail"] == "sold out: fewer than 2 seats left" and problem["title"] == "Conflict"


async def test_not_found_gets_the_default_code_of_its_status():
    assert problem_of(await call("GET", "/things/7"), 404, "not_found")["detail"] == "thing 7 not found"


async def test_validation_lists_each_field_and_keeps_the_joined_detail():
    problem = problem_of(await call("POST", "/things", json={"lines": [{"quantity": 0}]}), 422, "validation_failed")
    assert problem["detail"] == "lines[0].quantity: Input should be greater than or equal to 1"
    assert problem["errors"] == [{"field": "lines[0].quantity", "message": "Input should be greater than or equal to 1"}]


async def test_a_query_parameter_is_named_with_its_location():
    problem = problem_of(await call("GET", "/things/seven"), 422, "validation_failed")
    assert problem["errors"][0]["field"] == "path.thing_id"


async def test_malformed_json_is_a_400_problem():
    response = await call("POST", "/things", content=b'{"lines": ', headers={"content-type": "application/json"})
    assert "JSON" in problem_of(response, 400, "malformed_json")["detail"]


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/nowhere", 404, "not_found"),
    ("DELETE", "/teapot", 405, "method_not_allowed"),
    ("GET", "/teapot", 418, "client_error"),
])
async def test_http_errors_from_routing_and_routes_are_problems(method, path, status, code):
    problem_of(await call(method, path), status, code)


async def test_an_unexpected_error_is_a_500_problem_with_a_trace_id_and_no_traceback(caplog):
    response = await call("GET", "/boom")
    problem = problem_of(response, 500, "internal_error")
    assert problem["detail"] == "internal error" and "secret" not in response.text
    assert response.headers.get("trace-id")
    assert "unhandled error" in caplog.text


def test_the_openapi_document_describes_422_as_a_problem():
    document = an_app().openapi()
    answer = document["paths"]["/things"]["post"]["responses"]["422"]
    assert answer["content"] == {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    schemas = document["components"]["schemas"]
    assert "HTTPValidationError" not in schemas
    assert {"type", "title", "status", "detail", "code", "errors"} <= set(schemas["Problem"]["properties"])
