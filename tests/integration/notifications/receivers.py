"""Real receivers on free local ports: a webhook endpoint and an SMTP server."""

import asyncio
from collections import defaultdict
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage

import uvicorn
from aiosmtpd.controller import Controller
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from harness.services import free_port


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


class WebhookReceiver:
    """Answers POST /<anything>; each path answers from its script, then 204 for ever."""

    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[Received] = []
        self._scripts: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
        app = Starlette(routes=[Route("/{path:path}", self._receive, methods=["POST"])])
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_config=None))

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def answer(self, path: str, *statuses: int | tuple[int, dict[str, str]]) -> None:
        self._scripts[f"/{path}"] += [s if isinstance(s, tuple) else (s, {}) for s in statuses]

    def at(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == f"/{path}"]

    async def _receive(self, request: Request) -> Response:
        self.received.append(Received(request.url.path, dict(request.headers), await request.body()))
        script = self._scripts[request.url.path]
        status, headers = script.pop(0) if script else (204, {})
        return Response(status_code=status, headers=headers)

    async def __aenter__(self) -> "WebhookReceiver":
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            await asyncio.sleep(0.02)
        return self

    async def __aexit__(self, *_: object) -> None:
        self._server.should_exit = True
        await self._task


class MailSink:
    """An SMTP server keeping what it accepts; chosen recipients get scripted refusals first."""

    def __init__(self) -> None:
        self.port = free_port()
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self._refusals: dict[str, list[str]] = defaultdict(list)
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    def refuse(self, recipient: str, *replies: str) -> None:
        self._refusals[recipient.lower()] += replies

    def to(self, recipient: str) -> list[EmailMessage]:
        return [m for rcpts, m in self.messages if recipient in rcpts]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's name)
        if replies := self._refusals[address.lower()]:
            return replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        return "250 Message accepted for delivery"

    def __enter__(self) -> "MailSink":
        self._controller.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._controller.stop()
