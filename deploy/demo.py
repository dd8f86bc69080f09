"""`deploy/sparknet demo`: one ticket sold through all four services, each step printed.

Needs the platform up (`deploy/sparknet up`). It runs its own webhook receiver on a
free local port, subscribes it to EventPublished, and reads the confirmation email
from the mail sink's folder.
"""

import email
import email.policy
import json
import os
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from standardwebhooks.webhooks import Webhook

from deploy.config import InfraConfig
from deploy.demo_data import create_partnership, event_body, operator_headers, post_when_known
from deploy.platform import SERVICES

URLS = {s.name: s.url for s in SERVICES}


def step(text: str) -> None:
    print(f"\n▶ {text}", flush=True)


def show(label: str, value: object) -> None:
    print(f"    {label}: {value}", flush=True)


def wait_for(what: str, check, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while not (result := check()):
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        time.sleep(0.3)
    return result


class WebhookReceiver:
    def __init__(self) -> None:
        self.received: list[tuple[dict, bytes]] = []
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *_: object) -> None:
                pass

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def main() -> None:
    mail_folder = InfraConfig.from_env().run_dir / "mail"
    receiver = WebhookReceiver()
    run = uuid.uuid4().hex[:4]
    with httpx.Client(timeout=30) as http:
        step("registry: register two organisations and form a partnership")
        partnership = create_partnership(http, URLS["registry"], f"Demo partnership {run}", [
            {"name": f"Kyiv School of Design {run}", "kind": "college", "country": "UA", "city": "Kyiv"},
            {"name": f"Studio Forma {run}", "kind": "business", "country": "UA", "city": "Kyiv"},
        ])
        show("partnership", f"{partnership['name']} ({partnership['id']})")

        step(f"notifications: subscribe a webhook at 127.0.0.1:{receiver.port} to EventPublished")
        subscription = http.post(f"{URLS['notifications']}/subscriptions", json={
            "channel": "webhook", "url": f"http://127.0.0.1:{receiver.port}/hooks", "event_types": ["EventPublished"],
        }).json()
        show("subscription", subscription["id"])

        step("events: draft a joint event (once events has heard of the partnership) and publish it")
        operator = operator_headers(http, URLS["registry"])  # the bootstrap operator's token
        event = post_when_known(http, f"{URLS['events']}/events",
                                event_body(partnership["id"], f"Demo jam {run}", capacity=10, price=25_000),
                                headers=operator)
        http.post(f"{URLS['events']}/events/{event['id']}/publish", headers=operator).raise_for_status()
        show("event", f"{event['title']} ({event['id']}), {event['starts_at']} {event['timezone']}")

        step("notifications → webhook: EventPublished arrives, signed (Standard Webhooks)")
        headers, body = wait_for("the webhook", lambda: next(
            (r for r in receiver.received if json.loads(r[1]).get("aggregate_id") == event["id"]), None))
        Webhook(subscription["secret"]).verify(body, headers)
        show("webhook-id", headers["webhook-id"])
        show("signature", "verified with the subscription's secret")

        step("billing: reserve 2 seats (Idempotency-Key header)")
        ticket_type = event["ticket_types"][0]
        wait_for("billing to put the event on sale",
                 lambda: http.get(f"{URLS['billing']}/events/{event['id']}/availability").status_code == 200)
        order = http.post(f"{URLS['billing']}/orders", headers={"Idempotency-Key": str(uuid.uuid4())}, json={
            "event_id": event["id"], "buyer": {"email": f"buyer-{run}@example.org", "name": "Olena Demo", "language": "uk"},
            "lines": [{"ticket_type_id": ticket_type["id"], "quantity": 2}],
        }).json()
        show("order", f"{order['id']} {order['status']}, total {order['total']['amount']} {order['total']['currency']} minor units")
        show("checkout", order["payment"]["checkout_url"])

        step("sandbox provider: the buyer pays; the provider calls billing back with a signed webhook")
        http.post(f"{URLS['billing']}/sandbox/payments/{order['payment']['provider_payment_id']}/complete",
                  json={"outcome": "succeeded"}).raise_for_status()
        secret = {"Order-Secret": order["secret"]}
        wait_for("the order to be paid",
                 lambda: http.get(f"{URLS['billing']}/orders/{order['id']}", headers=secret).json()["status"] == "paid")
        tickets = http.get(f"{URLS['billing']}/orders/{order['id']}/tickets", headers=secret).json()["items"]
        for ticket in tickets:
            show("ticket", ticket["code"])

        step(f"notifications → email: the confirmation reaches the mail sink ({mail_folder})")
        path = wait_for("the confirmation email", lambda: _mail_with(mail_folder, tickets[0]["code"]))
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        show("to", message["to"])
        show("subject", message["subject"])
        show("file", path)
    print("\n✔ one ticket sale went through registry → events → billing → notifications over Kafka")
    receiver.server.shutdown()


def _mail_with(folder: Path, text: str) -> Path | None:
    for path in sorted(folder.glob("*.eml"), key=os.path.getmtime, reverse=True):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        if body is not None and text in body.get_content():
            return path
    return None


if __name__ == "__main__":
    main()
