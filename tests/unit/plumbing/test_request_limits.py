"""What a request may bring: no NUL character in any string, no body over its limit."""

import httpx
import pytest
from fastapi import FastAPI, Request
from pydantic import BaseModel

from shared import http


class Buyer(BaseModel):
    name: str


class Order(BaseModel):
    buyer: Buyer
    notes: list[str] = []


def an_app(**limits) -> FastAPI:
    app = FastAPI()
    http.install(app, **limits)

    @app.get("/cities/{city}.ics")
    async def calendar(city: str, q: str | None = None):
        return {"city": city, "q": q}

    @app.post("/orders")
    async def order(body: Order):
        return body

    @app.post("/imports/{kind}")
    async def import_file(kind: str, request: Request):
        return {"bytes": len(await request.body())}

    return app


async def call(method: str, path: str, *, app: FastAPI | None = None, **request) -> httpx.Response:
    transport = httpx.ASGITransport(app=app or an_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.request(method, path, **request)


def refused(response: httpx.Response, status: int, detail: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == detail
    return response.json()


@pytest.mark.parametrize("path, field", [
    ("/cities/kyiv.ics?q=%00", "query.q"),
    ("/cities/kyiv.ics?q=a&tag=b%00c", "query.tag"),
    ("/cities/%00.ics", "path.city"),
    ("/nowhere/%00", "path"),
])
async def test_a_nul_in_the_path_or_query_is_a_422_naming_it(path, field):
    problem = refused(await call("GET", path), 422, f"{field}: must not contain NUL characters")
    assert problem["errors"] == [{"field": field, "message": "must not contain NUL characters"}]
    assert problem["code"] == "validation_failed"


@pytest.mark.parametrize("body, field", [
    ({"buyer": {"name": "Ada\u0000"}}, "buyer.name"),
    ({"buyer": {"name": "Ada"}, "notes": ["fine", "not\u0000fine"]}, "notes[1]"),
    ({"buyer": {"name": "Ada", "\u0000": 1}}, "buyer.\u0000"),
])
async def test_a_nul_anywhere_in_a_json_body_is_a_422_naming_the_field(body, field):
    refused(await call("POST", "/orders", json=body), 422, f"{field}: must not contain NUL characters")


async def test_an_escaped_backslash_before_u0000_is_just_text():
    response = await call("POST", "/orders", json={"buyer": {"name": "a\\u0000b"}})
    assert response.status_code == 200 and response.json()["buyer"]["name"] == "a\\u0000b"


async def test_a_body_over_the_limit_is_413_by_its_declared_length():
    response = await call("POST", "/orders", app=an_app(max_body_bytes=100), json={"buyer": {"name": "x" * 200}})
    refused(response, 413, "the request body is over 100 bytes, the most this endpoint accepts")


async def test_a_chunked_body_is_counted_as_it_streams():
    async def chunks():
        for _ in range(5):
            yield b"x" * 50

    for path in ("/orders", "/imports/experts"):  # parsed by FastAPI, or read by the route itself
        response = await call("POST", path, app=an_app(max_body_bytes=100), content=chunks(),
                              headers={"content-type": "application/json"})
        refused(response, 413, "the request body is over 100 bytes, the most this endpoint accepts")


async def test_imports_may_have_a_larger_limit():
    app = an_app(max_body_bytes=100, larger_bodies={"/imports/": 1000})
    assert (await call("POST", "/imports/experts", app=app, content=b"x" * 500)).json() == {"bytes": 500}
    refused(await call("POST", "/imports/experts", app=app, content=b"x" * 1001), 413,
            "the request body is over 1000 bytes, the most this endpoint accepts")


async def test_a_nul_in_a_header_is_a_422_naming_it():
    response = await call("GET", "/cities/kyiv.ics", headers={"X-Note": "a\x00b"})
    refused(response, 422, "header.x-note: must not contain NUL characters")
