"""The OpenAPI document a client generator can trust, amended once from what each route really depends on:
who may call it (security schemes), every problem it can answer, and the headers it insists on.

A route adds only what cannot be seen from its signature: `responses=problems_for(409, ...)` for the domain
conflicts it raises. The rest follows from the route itself:

- 400 (malformed JSON) and 413 (body over the limit) where it takes a body;
- 422 where it takes any parameter or body;
- 404 where its path names something;
- 401 and 403 where a token or secret is read; an operation open to everyone but reading a token when one
  is sent lists the empty requirement `{}` first.
"""

from collections.abc import Callable, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, RouteContext, iter_route_contexts

from shared import problems

PROBLEM_REF = "#/components/schemas/Problem"

_PHRASES = {
    400: "Malformed request: the body is not JSON, or a header is missing or malformed",
    401: "No valid token or secret: none was sent, or it is expired, revoked or forged",
    403: "The caller may not do this",
    404: "Nothing of that id, or not visible to the caller",
    409: "Conflicts with the current state",
    413: "The request body is larger than the service accepts",
    422: "A parameter or the body is invalid; `errors` names each field",
    429: "Too many requests: try again after `Retry-After` seconds",
}

# Dependencies with their role in the document: set by `requires_caller` and `reads_secret`.
_REQUIRES_CALLER = "__sparknet_requires_caller__"
_READS_SECRET = "__sparknet_reads_secret__"
_REQUIRED_HEADER = "__sparknet_required_header__"


def requires_caller(dependency: Callable) -> Callable:
    """Marks a dependency answering 401 to anonymous callers: its operations list no `{}` requirement."""
    setattr(dependency, _REQUIRES_CALLER, True)
    return dependency


def reads_secret(dependency: Callable) -> Callable:
    """Marks a dependency reading a secret (`Order-Secret`, ...) that stands in for a token: one of them is needed."""
    setattr(dependency, _READS_SECRET, True)
    return dependency


def requires_header(name: str) -> Callable[[Callable], Callable]:
    """Marks a dependency that refuses requests without header `name` with its own precise 400."""

    def mark(dependency: Callable) -> Callable:
        setattr(dependency, _REQUIRED_HEADER, name)
        return dependency

    return mark


def problem(status: int, description: str | None = None) -> dict[str, Any]:
    return {"description": description or _PHRASES.get(status, "An error"),
            "content": {problems.MEDIA_TYPE: {"schema": {"$ref": PROBLEM_REF}}}}


def problems_for(*statuses: int, **described: str) -> dict[int | str, dict[str, Any]]:
    """A route's `responses=` for the problems it raises itself: `problems_for(409, 410)`."""
    return {status: problem(status) for status in statuses} | {
        int(key.removeprefix("status_")): problem(int(key.removeprefix("status_")), text)
        for key, text in described.items()}


def install(app: FastAPI) -> None:
    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:  # FastAPI keeps the document it made: amend it once
            document = generate()
            _add_problem_schema(document)
            for route in iter_route_contexts(app.routes):
                if isinstance(route.original_route, APIRoute) and route.include_in_schema:
                    for method in route.methods:
                        operation = document["paths"].get(route.path_format, {}).get(method.lower())
                        if operation is not None:
                            _amend(operation, route)
        return app.openapi_schema

    app.openapi = openapi


def _calls(dependant: Dependant) -> Iterator[Callable]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _amend(operation: dict[str, Any], route: RouteContext) -> None:
    calls = list(_calls(route.dependant))
    answers = operation.setdefault("responses", {})
    takes_body = route.body_field is not None or "requestBody" in operation
    parameters = operation.get("parameters", [])
    for header in (getattr(call, _REQUIRED_HEADER, None) for call in calls):
        for parameter in parameters:
            if header and parameter["in"] == "header" and parameter["name"] == header:
                parameter["required"] = True
    statuses: set[int] = set()
    if takes_body:
        statuses |= {400, 413, 422}
    if parameters or takes_body:
        statuses.add(422)
    if any(p["in"] == "header" and p.get("required") for p in parameters):
        statuses.add(400)
    if any(p["in"] == "path" for p in parameters):
        statuses.add(404)
    security = operation.get("security")
    if security:
        statuses.add(401)
        if any(getattr(c, _REQUIRES_CALLER, False) or getattr(c, _READS_SECRET, False) for c in calls):
            statuses.add(403)
        else:  # anyone may call; a token, when sent, is checked and may show more
            operation["security"] = [{}, *security]
    for status in sorted(statuses):
        declared = answers.get(str(status), {})
        if problems.MEDIA_TYPE not in declared.get("content", {}):  # absent, or FastAPI's own 422
            answers[str(status)] = problem(status)
    operation["responses"] = dict(sorted(answers.items()))


def _add_problem_schema(document: dict) -> None:
    """Problem details as the schema of every error; FastAPI's own 422 schemas go."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schema = problems.Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(schema.pop("$defs", {}))
    schemas["Problem"] = schema
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
