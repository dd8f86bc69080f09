"""How the demo data talks to the services: answers checked, and retries while news is still on its way.

The services learn of each other's records over Kafka, so a request naming something just created elsewhere
(a partnership, an expert, an event, the key signing our token) may come a moment too early; it is retried.
"""

import time
import uuid
from collections.abc import Callable

import httpx

from deploy.config import OPERATOR_EMAIL, OPERATOR_PASSWORD

NAMESPACE = uuid.UUID("6f1c9a52-3b7e-4d0a-9c55-2f8e1d4a7b60")
# What a service says when it has not heard of something yet.
NOT_YET = {422: ("not known", "is not a published expert"), 401: ("unknown signing key",), 404: ("not found",)}


def stable_id(kind: str, key: str) -> str:
    """The same id on every run, so a second load can never make a second copy."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{key}"))


def created(response: httpx.Response) -> dict:
    if response.status_code not in (200, 201):
        raise SystemExit(f"{response.request.method} {response.request.url} → {response.status_code}: {response.text}")
    return response.json()


def _not_heard_yet(response: httpx.Response, missing: bool) -> bool:
    if response.status_code == 404 and not missing:
        return False
    return any(text in response.text for text in NOT_YET.get(response.status_code, ()))


def when_known(send: Callable[[], httpx.Response], timeout: float = 60, *, missing: bool = False) -> dict:
    """Send until the service has heard what the request names (`missing`: a 404 too), then check the answer."""
    deadline = time.monotonic() + timeout
    while True:
        response = send()
        if not _not_heard_yet(response, missing) or time.monotonic() > deadline:
            return created(response)
        time.sleep(0.2)


def post_when_known(client: httpx.Client, url: str, body: dict, timeout: float = 60,
                    headers: dict[str, str] | None = None) -> dict:
    """POST, retrying while the registry's news has not reached this service yet."""
    return when_known(lambda: client.post(url, json=body, headers=headers), timeout)


def operator_headers(client: httpx.Client, registry: str,
                     credentials: tuple[str, str] = (OPERATOR_EMAIL, OPERATOR_PASSWORD)) -> dict[str, str]:
    """Log in to the registry as the bootstrap operator (deploy/platform.py gives it its credentials)."""
    email, password = credentials
    login = created(client.post(f"{registry}/auth/login", json={"email": email, "password": password}))
    return {"Authorization": f"Bearer {login['access_token']}"}
