"""A real SMTP server and a real webhook receiver on free local ports, for tests and benchmarks.

Both run on threads of their own, so they answer whether or not the caller's event loop is busy."""

import email
import email.policy
import json
import threading
from collections import defaultdict
from dataclasses import dataclass
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller

from harness.services import free_port


class MailServer:
    """aiosmtpd keeping every message it accepts, parsed; chosen recipients get scripted refusals first.

    With a `spool` directory each message is also written there as `<n>.eml`, for readers in another process
    (the browser tests' specs)."""

    def __init__(self, spool: Path | None = None) -> None:
        self.port = free_port()
        self.spool = spool
        self.messages: list[EmailMessage] = []
        self._recipients: list[list[str]] = []  # the envelope's, beside each message
        self._refusals: dict[str, list[str]] = defaultdict(list)
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    def refuse(self, recipient: str, *replies: str) -> None:
        self._refusals[recipient.lower()] += replies

    def to(self, recipient: str) -> list[EmailMessage]:
        return [m for rcpts, m in zip(self._recipients, self.messages) if recipient in rcpts]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:  # noqa: N802 (aiosmtpd's name)
        if replies := self._refusals[address.lower()]:
            return replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802
        self._recipients.append(list(envelope.rcpt_tos))
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        if self.spool is not None:
            (self.spool / f"{len(self.messages):06d}.eml").write_bytes(envelope.content)
        return "250 Message accepted for delivery"

    def __enter__(self) -> "MailServer":
        self._controller.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._controller.stop()


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body)


class WebhookReceiver:
    """Records every POST; each path answers from its script (`answer`), then 204 for ever."""

    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[Received] = []
        self._scripts: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())

    def url(self, path: str = "hooks") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def answer(self, path: str, *statuses: int | tuple[int, dict[str, str]]) -> None:
        with self._lock:
            self._scripts[f"/{path}"] += [s if isinstance(s, tuple) else (s, {}) for s in statuses]

    def at(self, path: str = "hooks") -> list[Received]:
        return [r for r in self.received if r.path == f"/{path}"]

    def bodies(self, path: str = "hooks") -> list[dict]:
        return [r.json() for r in self.at(path)]

    def _record(self, received: Received) -> tuple[int, dict[str, str]]:
        with self._lock:
            self.received.append(received)
            script = self._scripts[received.path]
            return script.pop(0) if script else (204, {})

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        record = self._record

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, answer_headers = record(Received(self.path, headers, body))
                self.send_response(status)
                for name, value in answer_headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *_: object) -> None:
                pass

        return Handler

    def __enter__(self) -> "WebhookReceiver":
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
