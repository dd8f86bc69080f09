"""What every service's HTTP API shares: tracing, domain errors as precise 4xx answers, health,
the pool and settings dependencies, cursor pages."""

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Generic, TypeVar
from uuid import UUID

import asyncpg
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared import telemetry
from shared.errors import DomainError
from shared.settings import ServiceSettings

log = logging.getLogger(__name__)
T = TypeVar("T")


def _id(item: Any) -> UUID:
    return item["id"] if isinstance(item, Mapping) else item.id


class Page(BaseModel, Generic[T]):
    """A page of a list; pass `next_cursor` back as `cursor` for the next one."""

    items: list[T]
    next_cursor: UUID | None

    @classmethod
    def of(cls, fetched: Sequence[T], limit: int, *, cursor: Callable[[T], UUID] = _id) -> "Page[T]":
        """The page of `fetched`, read with LIMIT `limit + 1`: a row past `limit` means another page."""
        items = list(fetched[:limit])
        return cls(items=items, next_cursor=cursor(items[-1]) if len(fetched) > limit else None)


# Dependencies are `async def`: FastAPI runs plain `def` ones in a thread pool, a hop per request.
async def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


async def runtime_settings(request: Request) -> ServiceSettings:
    """The service's settings; annotate with its own class: `Annotated[BillingSettings, Depends(runtime_settings)]`."""
    return request.app.state.runtime.settings


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Cursor = Annotated[UUID | None, Query(description="`next_cursor` of the previous page")]


class _TracingMiddleware:
    """A span per request, continuing the caller's trace; its id goes back in a `trace-id` header.

    Plain ASGI rather than BaseHTTPMiddleware, which costs a task and a stream per request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        with telemetry.continue_trace(method, headers, **{"http.method": method}) as span:
            trace_id = telemetry.current_trace_id()

            async def send_with_trace(message: Message) -> None:
                if message["type"] == "http.response.start":
                    span.set_attribute("http.status_code", message["status"])
                    if trace_id:
                        message["headers"] = [*message.get("headers", []), (b"trace-id", trace_id.encode())]
                await send(message)

            try:
                await self.app(scope, receive, send_with_trace)
            finally:
                # Name the span after the route template: paths may carry tokens and ids.
                route = scope.get("route")
                span.update_name(f"{method} {getattr(route, 'path', 'unmatched')}")


def _validation_message(error: dict) -> str:
    """`organisers[0].partnership_id: Field required`, the way domain errors name fields."""
    location = ""
    for part in error["loc"]:
        if isinstance(part, int):
            location += f"[{part}]"
        elif part not in ("body",):
            location += f".{part}" if location else str(part)
    return f"{location}: {error['msg']}" if location else error["msg"]


def install(app: FastAPI) -> None:
    app.add_middleware(_TracingMiddleware)

    @app.exception_handler(DomainError)
    async def _domain_error(_: Request, error: DomainError) -> JSONResponse:
        return JSONResponse({"detail": error.message}, status_code=error.status, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_: Request, error: RequestValidationError) -> JSONResponse:
        errors = error.errors()
        messages = [_validation_message(e) for e in errors]
        return JSONResponse(
            {"detail": "; ".join(messages), "errors": [
                {"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in errors
            ]},
            status_code=400 if any(e["type"] == "json_invalid" for e in errors) else 422,
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, error: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return JSONResponse({"detail": "internal error"}, status_code=500)

    @app.get("/health", tags=["operations"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}
