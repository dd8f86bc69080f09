"""Every error a service answers, as problem details: domain errors, HTTP errors (404 and 405 from
routing included) and invalid requests."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from fastapi.routing import iter_route_contexts
from starlette.routing import compile_path, get_route_path

from shared import problems
from shared.errors import DomainError


def validation_field(loc: tuple | list) -> str:
    """`organisers[0].partnership_id`, `query.q`: a location the way domain errors name fields."""
    location = ""
    for part in loc:
        if isinstance(part, int):
            location += f"[{part}]"
        elif part != "body":
            location += f".{part}" if location else str(part)
    return location


def _message(error: dict) -> str:
    location = validation_field(error["loc"])
    return f"{location}: {error['msg']}" if location else error["msg"]


def _allowed_methods(request: Request) -> str:
    """Every method some route takes at this path: Starlette's 405 names only the first route's."""
    state = request.app.state
    if not hasattr(state, "route_methods"):  # built at the first 405: every route is included by then
        state.route_methods = [(compile_path(r.path)[0], r.methods) for r in iter_route_contexts(request.app.routes)
                               if r.path and r.methods]
    path = get_route_path(request.scope)
    return ", ".join(sorted({m for pattern, methods in state.route_methods if pattern.match(path) for m in methods}))


def install(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain_error(_: Request, error: DomainError):
        return problems.response(error.status, error.message, code=error.code, headers=error.headers)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, error: HTTPException):
        detail = error.detail if isinstance(error.detail, str) else str(error.detail)
        headers = getattr(error, "headers", None)
        if error.status_code == 405:
            headers = {**(headers or {}), "Allow": _allowed_methods(request)}
        return problems.response(error.status_code, detail, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_: Request, error: RequestValidationError):
        errors = error.errors()
        malformed = any(e["type"] == "json_invalid" for e in errors)
        return problems.response(
            400 if malformed else 422, "; ".join(_message(e) for e in errors),
            code="malformed_json" if malformed else None,
            errors=[{"field": validation_field(e["loc"]) or "body", "message": e["msg"]} for e in errors],
        )
