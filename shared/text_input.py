"""No NUL character gets in: PostgreSQL refuses it in text, so it would end as a 500 deep inside.

Checked once, where strings enter: the path, the query, headers and JSON bodies. The answer is a 422
naming the field the way validation does (`query.q`, `path.city`, `buyer.name`).
"""

import json
from typing import Any
from urllib.parse import parse_qsl

from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared import problems

NUL = "\x00"
MESSAGE = "must not contain NUL characters"


def nul_field(value: Any, location: str = "") -> str | None:
    """Where in a decoded JSON value a string (or key) holds a NUL: `buyer.name`, `lines[0].code`."""
    if isinstance(value, str):
        return location if NUL in value else None
    if isinstance(value, list):
        return next((f for i, item in enumerate(value) if (f := nul_field(item, f"{location}[{i}]"))), None)
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{location}.{key}" if location else str(key)
            if NUL in str(key):
                return where
            if found := nul_field(item, where):
                return found
    return None


def _path_field(scope: Scope) -> str:
    """`path.<param>` of the documented route the path matches (routers nest: their paths, not their objects)."""
    app = scope.get("app")
    path = scope["path"].removeprefix(scope.get("root_path", ""))
    for template in app.openapi().get("paths", {}) if hasattr(app, "openapi") else ():
        if matched := compile_path(template)[0].match(path):
            return next((f"path.{k}" for k, v in matched.groupdict().items() if NUL in v), "path")
    return "path"


def _scope_field(scope: Scope) -> str | None:
    if NUL in scope["path"]:
        return _path_field(scope)
    query = scope.get("query_string", b"")
    if b"%00" in query or b"\x00" in query:
        pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")
        if name := next((k for k, v in pairs if NUL in k or NUL in v), None):
            return f"query.{name.replace(NUL, '')}"
    for name, value in scope["headers"]:
        if b"\x00" in value:
            return f"header.{name.decode('latin-1')}"
    return None


def _is_json(scope: Scope) -> bool:
    content_type = next((v for k, v in scope["headers"] if k == b"content-type"), b"").split(b";")[0].strip()
    return content_type == b"application/json" or content_type.endswith(b"+json")


class RefuseNul:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if field := _scope_field(scope):
            await problems.invalid_field(field, MESSAGE)(scope, receive, send)
            return
        if scope["method"] in ("GET", "HEAD", "OPTIONS") or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        body, more = b"", True
        while more:  # bounded: the body limit outside this counts what is read
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay(message, receive), send)
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
        if b"\\u0000" in body and (field := _json_field(body)) is not None:
            await problems.invalid_field(field or "body", MESSAGE)(scope, receive, send)
            return
        await self.app(scope, _replay({"type": "http.request", "body": body, "more_body": False}, receive), send)


def _json_field(body: bytes) -> str | None:
    try:
        return nul_field(json.loads(body))
    except ValueError:
        return None  # not JSON: FastAPI answers that with its own 400


def _replay(first: Message, receive: Receive) -> Receive:
    pending = [first]

    async def replayed() -> Message:
        return pending.pop() if pending else await receive()

    return replayed
