"""Run a service in-process on a real HTTP port, against the real infrastructure."""

import asyncio
import socket
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
import uvicorn
from fastapi import FastAPI

from shared.runtime import ServiceRuntime
from harness.infra import Infra


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unique_schema(service: str) -> str:
    return f"t_{service}_{uuid.uuid4().hex[:8]}"


def settings_env(infra: Infra, service: str, **extra: str) -> dict[str, str]:
    """Environment for one service: its own schema and port on the shared infrastructure."""
    prefix = service.upper()
    return {
        "KAFKA_BOOTSTRAP_SERVERS": infra.bootstrap_servers,
        "DATABASE_URL": infra.database_url,
        "SPARKNET_ENV": "test",
        f"{prefix}_HTTP_PORT": str(free_port()),
        f"{prefix}_DB_SCHEMA": unique_schema(service),
        **extra,
    }


@dataclass
class RunningService:
    runtime: ServiceRuntime
    app: FastAPI
    base_url: str
    client: httpx.AsyncClient


@asynccontextmanager
async def run_service(build: Callable[..., tuple[ServiceRuntime, FastAPI]], settings) -> AsyncIterator[RunningService]:
    """Start `build(settings)` under uvicorn on its port; stop it afterwards."""
    runtime, app = build(settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=settings.http_port, log_config=None, lifespan="on")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()  # raises the start-up error
        await asyncio.sleep(0.05)
    base_url = f"http://127.0.0.1:{settings.http_port}"
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        try:
            yield RunningService(runtime, app, base_url, client)
        finally:
            server.should_exit = True
            await task


async def eventually(check: Callable, *, timeout: float = 30, interval: float = 0.1):
    """Poll `check` (sync or async) until it returns a truthy value, or fail."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {timeout}s: {check}")
        await asyncio.sleep(interval)
