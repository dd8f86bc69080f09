"""What every service's HTTP API shares: tracing, precise 4xx errors, health."""

import logging
from typing import Generic, TypeVar
from uuid import UUID

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.middleware.base import BaseHTTPMiddleware

from shared import telemetry

log = logging.getLogger(__name__)
T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """A page of a list; pass `next_cursor` back as `cursor` for the next one."""

    items: list[T]
    next_cursor: UUID | None


class DomainError(Exception):
    """A rule was broken: answered with `status` and a precise message, nothing written."""

    status = 422
    headers: dict[str, str] | None = None

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class NotFound(DomainError):
    status = 404


class Conflict(DomainError):
    status = 409


class _TracingMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        with telemetry.continue_trace(request.method, request.headers, **{"http.method": request.method}) as span:
            response = await call_next(request)
            # Name the span after the route template: paths may carry tokens and ids.
            route = request.scope.get("route")
            span.update_name(f"{request.method} {getattr(route, 'path', 'unmatched')}")
            span.set_attribute("http.status_code", response.status_code)
            if trace_id := telemetry.current_trace_id():
                response.headers["trace-id"] = trace_id
            return response


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
