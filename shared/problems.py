"""RFC 9457 problem details: the one shape every 4xx and 5xx of every service answers with.

`detail` keeps the precise human-readable message (clients match on it); `code` is stable and
machine-readable; a validation problem lists each broken field in `errors`.
"""

from http import HTTPStatus
from typing import Any

from pydantic import BaseModel, Field
from starlette.responses import JSONResponse

MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://sparknet.example/problems/"

# A code per status when the error names none of its own.
_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    406: "not_acceptable", 409: "conflict", 410: "gone", 413: "payload_too_large", 415: "unsupported_media_type",
    422: "validation_failed", 429: "too_many_requests", 500: "internal_error", 502: "bad_gateway",
    503: "service_unavailable", 504: "gateway_timeout",
}


class FieldProblem(BaseModel):
    field: str = Field(description="Where the value is: `buyer.name`, `lines[0].quantity`, `query.q`")
    message: str


class Problem(BaseModel):
    """An error answer (RFC 9457), served as `application/problem+json`."""

    type: str = Field(description="A URI naming the kind of problem", examples=[f"{TYPE_BASE}validation_failed"])
    title: str = Field(description="The HTTP status phrase", examples=["Unprocessable Content"])
    status: int
    detail: str = Field(description="What went wrong, precisely, in words")
    code: str = Field(description="Stable and machine-readable, e.g. validation_failed, not_found, sold_out")
    errors: list[FieldProblem] | None = Field(None, description="For validation: each field refused, and why")


def default_code(status: int) -> str:
    return _CODES.get(status, "client_error" if status < 500 else "server_error")


def body(status: int, detail: str, *, code: str | None = None, errors: list[dict] | None = None) -> dict[str, Any]:
    code = code or default_code(status)
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    problem: dict[str, Any] = {"type": TYPE_BASE + code, "title": title, "status": status, "detail": detail,
                               "code": code}
    if errors is not None:
        problem["errors"] = errors
    return problem


def response(status: int, detail: str, *, code: str | None = None, errors: list[dict] | None = None,
             headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body(status, detail, code=code, errors=errors), status_code=status, headers=headers,
                        media_type=MEDIA_TYPE)


def invalid_field(field: str, message: str) -> JSONResponse:
    """A 422 about one field, in the words validation uses: `<field>: <message>`."""
    return response(422, f"{field}: {message}", errors=[{"field": field, "message": message}])
