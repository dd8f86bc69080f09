"""A local mail sink for development: SMTP in, a folder of .eml files and a page out.

`python -m deploy.mailsink` accepts every message on SMTP (default port 1025),
stores it as `<run dir>/mail/<time>-<n>.eml` and lists the messages at
http://127.0.0.1:8025/ so a developer can read what sparknet sent.
"""

import argparse
import asyncio
import email
import email.policy
import html
import itertools
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller

_counter = itertools.count(1)


class _SaveToFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def handle_DATA(self, server, session, envelope) -> str:
        name = f"{time.strftime('%Y%m%dT%H%M%S')}-{next(_counter):05d}.eml"
        (self.folder / name).write_bytes(envelope.original_content or envelope.content)
        return "250 Message accepted for delivery"


def _page(folder: Path) -> bytes:
    rows = []
    for path in sorted(folder.glob("*.eml"), reverse=True)[:200]:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        text = body.get_content() if body else ""
        rows.append(
            f"<article><h3>{html.escape(str(message['subject']))}</h3>"
            f"<p>To {html.escape(str(message['to']))} · {html.escape(str(message['date']))} · "
            f"<a href='/{path.name}'>{path.name}</a></p><pre>{html.escape(text)}</pre></article>"
        )
    return (
        "<!doctype html><meta charset=utf-8><title>sparknet mail sink</title>"
        f"<h1>sparknet mail sink: {len(rows)} message(s)</h1>" + "".join(rows)
    ).encode()


def _http_handler(folder: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            target = folder / self.path.lstrip("/")
            if self.path == "/":
                body, kind = _page(folder), "text/html; charset=utf-8"
            elif target.suffix == ".eml" and target.parent == folder and target.exists():
                body, kind = target.read_bytes(), "message/rfc822"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    return Handler


async def serve(folder: Path, smtp_port: int, http_port: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    smtp = Controller(_SaveToFolder(folder), hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    web = ThreadingHTTPServer(("127.0.0.1", http_port), _http_handler(folder))
    threading.Thread(target=web.serve_forever, daemon=True).start()
    print(f"mail sink: SMTP 127.0.0.1:{smtp_port}, messages at http://127.0.0.1:{http_port}/", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        smtp.stop()
        web.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=Path(os.environ.get("SPARKNET_RUN_DIR", ".run")) / "mail")
    parser.add_argument("--smtp-port", type=int, default=int(os.environ.get("SMTP_PORT", 1025)))
    parser.add_argument("--http-port", type=int, default=int(os.environ.get("MAILSINK_HTTP_PORT", 8025)))
    args = parser.parse_args()
    asyncio.run(serve(args.folder, args.smtp_port, args.http_port))


if __name__ == "__main__":
    main()
