"""Every error a service answers, as problem details: domain errors, HTTP errors (404 and 405 from
routing included) and invalid requests; and the OpenAPI document saying so."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException

from shared import problems
from shared.errors import DomainError

_PROBLEM_REF = "#/components/schemas/Problem"
_FASTAPI_422 = "#/components/schemas/HTTPValidationError"


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


def install(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain_error(_: Request, error: DomainError):
        return problems.response(error.status, error.message, code=error.code, headers=error.headers)

    @app.exception_handler(HTTPException)
    async def _http_error(_: Request, error: HTTPException):
        detail = error.detail if isinstance(error.detail, str) else str(error.detail)
        return problems.response(error.status_code, detail, headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_: Request, error: RequestValidationError):
        errors = error.errors()
        malformed = any(e["type"] == "json_invalid" for e in errors)
        return problems.response(
            400 if malformed else 422, "; ".join(_message(e) for e in errors),
            code="malformed_json" if malformed else None,
            errors=[{"field": validation_field(e["loc"]) or "body", "message": e["msg"]} for e in errors],
        )

    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            _document_problems(generate())  # FastAPI keeps the document it made: amend it once
        return app.openapi_schema

    app.openapi = openapi


def _document_problems(document: dict) -> None:
    """FastAPI's 422 `HTTPValidationError` replaced by the problem every error really is."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    problem = problems.Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem.pop("$defs", {}))
    schemas["Problem"] = problem
    for path in document.get("paths", {}).values():
        for operation in path.values():
            for answer in operation.get("responses", {}).values() if isinstance(operation, dict) else ():
                content = answer.get("content", {})
                json_body = content.get("application/json", {})
                if json_body.get("schema", {}).get("$ref") == _FASTAPI_422:
                    del content["application/json"]
                    content[problems.MEDIA_TYPE] = {"schema": {"$ref": _PROBLEM_REF}}
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
