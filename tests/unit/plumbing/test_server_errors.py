"""A 500 from a real server: a problem with a trace id, on a connection the client may keep using."""

import asyncio
import socket

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Request

from shared import http, telemetry


def an_app() -> FastAPI:
    app = FastAPI()
    http.install(app)

    @app.get("/boom")
    async def boom():
        raise RuntimeError("a bug")

    @app.get("/whoami")
    async def whoami(request: Request):
        return {"port": request.client.port}

    return app


@pytest.fixture
async def server():
    telemetry.setup_tracing("plumbing-tests", "none")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(an_app(), host="127.0.0.1", port=port, log_level="critical"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await task


async def test_a_500_keeps_the_connection_and_carries_a_trace_id(server):
    async with httpx.AsyncClient(base_url=server) as client:
        before = (await client.get("/whoami")).json()["port"]
        failed = await client.get("/boom")
        after = (await client.get("/whoami")).json()["port"]
    assert failed.status_code == 500 and failed.headers["content-type"] == "application/problem+json"
    assert failed.json()["code"] == "internal_error" and len(failed.headers["trace-id"]) == 32
    assert after == before  # the same connection: the server did not drop it after the 500
