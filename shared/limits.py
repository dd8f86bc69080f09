"""A request body over its limit is refused with 413 before anything parses it.

`Content-Length` is checked up front; a chunked body is counted as it streams in, so a client
cannot send 20 MB by leaving the length out.
"""

from collections.abc import Mapping

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared import problems

MiB = 1024 * 1024


class BodyTooLarge(HTTPException):
    """Raised from `receive`: an HTTPException, so FastAPI passes it on instead of calling it a parse error."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over {limit} bytes, the most this endpoint accepts")


class BodyLimit:
    """At most `default` bytes per body; paths starting with a key of `larger` get that key's limit."""

    def __init__(self, app: ASGIApp, *, default: int = MiB, larger: Mapping[str, int] | None = None) -> None:
        self.app, self.default, self.larger = app, default, dict(larger or {})

    def limit_for(self, scope: Scope) -> int:
        path, root = scope["path"], scope.get("root_path", "")
        path = path[len(root):] if root and path.startswith(root) else path
        return next((n for prefix, n in self.larger.items() if path.startswith(prefix)), self.default)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(send, BodyTooLarge(limit))
            return
        received, started = 0, False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge as error:  # raised before FastAPI's handlers (e.g. while a guard buffers the body)
            if started:
                raise
            await _refuse(send, error)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send: Send, error: BodyTooLarge) -> None:
    # The unread rest of the body makes the server close the connection; that is what a 413 allows.
    response = problems.response(413, error.detail, headers={"Connection": "close"})
    await response({"type": "http"}, _nothing, send)


async def _nothing() -> Message:
    return {"type": "http.disconnect"}
