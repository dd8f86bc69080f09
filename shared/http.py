"""What every service's HTTP API shares: tracing, errors as problem details, body limits, health,
the pool and settings dependencies, cursor pages."""

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Generic, TypeVar
from uuid import UUID

import asyncpg
from fastapi import Depends, FastAPI, Query, Request
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared import http_errors, limits, openapi, problems, telemetry, text_input
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


def client_address(request: Request) -> str:
    """The client as the proxy reports it (uvicorn applies `X-Forwarded-For` from `FORWARDED_ALLOW_IPS`)."""
    return request.client.host if request.client else "unknown"


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]
Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Cursor = Annotated[UUID | None, Query(description="`next_cursor` of the previous page")]


class _TracingMiddleware:
    """A span per request, continuing the caller's trace; its id goes back in a `trace-id` header.

    It also answers what nothing else caught with a 500 problem, here rather than in Starlette's outermost
    middleware: so the 500 carries the trace id too, and the server, seeing no exception, keeps the connection.
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
            started = False

            async def send_with_trace(message: Message) -> None:
                nonlocal started
                if message["type"] == "http.response.start":
                    started = True
                    span.set_attribute("http.status_code", message["status"])
                    if trace_id:
                        message["headers"] = [*message.get("headers", []), (b"trace-id", trace_id.encode())]
                await send(message)

            try:
                await self.app(scope, receive, send_with_trace)
            except Exception:
                log.exception("unhandled error", extra={"trace_id": trace_id})
                if started:  # part of the answer is out: all that is left is to end it short
                    raise
                await problems.response(500, "internal error")(scope, receive, send_with_trace)
            finally:
                # Name the span after the route template: paths may carry tokens and ids.
                route = scope.get("route")
                span.update_name(f"{method} {getattr(route, 'path', 'unmatched')}")


def install(app: FastAPI, *, max_body_bytes: int = limits.MiB, larger_bodies: Mapping[str, int] | None = None) -> None:
    """Outermost first: tracing (and the last-resort 500), the body limit, then no NUL in any string."""
    app.add_middleware(text_input.RefuseNul)
    app.add_middleware(limits.BodyLimit, default=max_body_bytes, larger=larger_bodies)
    app.add_middleware(_TracingMiddleware)
    http_errors.install(app)
    openapi.install(app)

    @app.get("/health", tags=["operations"], summary="Health")
    async def health() -> dict[str, str]:
        """`{"status": "ok"}` while the process serves requests: for load balancers and probes."""
        return {"status": "ok"}
