"""Webhooks per the Standard Webhooks spec: the event as JSON, signed with the subscription's secret."""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from uuid import UUID

import aiohttp
from standardwebhooks import Webhook
from yarl import URL

from services.notifications.deliveries.domain import Claim, Outcome
from services.notifications.deliveries.resolver import CheckedResolver, Lookup, lookup
from services.notifications.deliveries.retry_after import parse_retry_after
from services.notifications.deliveries.targets import RefusedTarget, TargetPolicy, literal_address

USER_AGENT = "sparknet-webhooks/1"
KEEP_ALIVE_SECONDS = 30
BODIES_KEPT = 256


def body_of(payload: dict) -> str:
    """The exact text that is signed and sent; the same on every retry."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def signed_headers(secret: str, message_id: str, body: str, now: datetime,
                   previous_secret: str | None = None) -> dict[str, str]:
    """During a rotation both secrets sign, space-separated, so receivers may switch at leisure."""
    signatures = [Webhook(s).sign(message_id, now, body) for s in (secret, previous_secret) if s]
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": " ".join(signatures),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }


@contextlib.asynccontextmanager
async def webhook_session(policy: TargetPolicy, *, timeout: float, connections: int, per_host: int,
                          resolve: Lookup = lookup) -> AsyncIterator[aiohttp.ClientSession]:
    """Kept-alive connections, every resolved address checked, no cookies, proxies or redirects."""
    connector = aiohttp.TCPConnector(limit=connections, limit_per_host=per_host,
                                     resolver=CheckedResolver(policy, resolve), keepalive_timeout=KEEP_ALIVE_SECONDS)
    async with aiohttp.ClientSession(
        connector=connector, timeout=aiohttp.ClientTimeout(total=timeout), cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=False, trust_env=False, skip_auto_headers=("accept-encoding",),
    ) as session:
        yield session


class WebhookSender:
    def __init__(self, session: aiohttp.ClientSession, policy: TargetPolicy, *, timeout: float) -> None:
        self._session, self._policy, self._timeout = session, policy, timeout
        self._bodies: dict[UUID, tuple[dict, str]] = {}  # message id -> (payload, body): fan-out sends one often

    async def send(self, claim: Claim) -> Outcome:
        body = self._body_of(claim)
        headers = signed_headers(claim.secret, str(claim.message_id), body, datetime.now(UTC), claim.previous_secret)
        try:
            url = self._checked(claim.url)
            async with asyncio.timeout(self._timeout), self._session.post(
                url, data=body.encode(), headers=headers, allow_redirects=False,
            ) as response:
                await _drain(response)
                return _outcome_of(response)
        except RefusedTarget as refused:  # sending elsewhere would need a new subscription
            return Outcome(delivered=False, error=f"refused: {refused.message}", permanent=True)
        except TimeoutError:
            return Outcome(delivered=False, error=f"timeout: no answer within {self._timeout:g}s")
        except (aiohttp.ClientError, OSError) as error:
            return Outcome(delivered=False, error=_describe(error))

    def _body_of(self, claim: Claim) -> str:
        cached = self._bodies.get(claim.message_id)
        if cached is not None and (cached[0] is claim.payload or cached[0] == claim.payload):
            return cached[1]
        if len(self._bodies) >= BODIES_KEPT:
            self._bodies.clear()
        body = body_of(claim.payload)
        self._bodies[claim.message_id] = (claim.payload, body)
        return body

    def _checked(self, url: str) -> URL:
        """Names are checked by the resolver; an address written in the URL never reaches it."""
        self._policy.check_url(url)
        parsed = URL(url)
        if (address := literal_address(parsed.raw_host or "")) is not None:
            self._policy.check_address(address)
        return parsed


async def _drain(response: aiohttp.ClientResponse, limit: int = 64 * 1024) -> None:
    """Read a small answer to its end, so the connection is kept; a large one closes it instead."""
    read = 0
    while chunk := await response.content.readany():
        read += len(chunk)
        if read > limit:
            return


def _outcome_of(response: aiohttp.ClientResponse) -> Outcome:
    if 200 <= response.status < 300:
        return Outcome(delivered=True, status_code=response.status)
    return Outcome(
        delivered=False,
        status_code=response.status,
        error=f"HTTP {response.status} {response.reason or ''}".strip(),
        retry_after=parse_retry_after(response.headers.get("retry-after"), datetime.now(UTC)),
        gone=response.status == 410,
    )


def _describe(error: BaseException) -> str:
    # The socket's reason, never the URL (whose query may hold a token): some aiohttp errors print it.
    if isinstance(error, aiohttp.ClientResponseError):
        return f"{type(error).__name__}: {error.status} {error.message}"[:500]
    if isinstance(error, aiohttp.InvalidURL):
        return f"{type(error).__name__}: invalid URL"
    return f"{type(error).__name__}: {error}"[:500]
