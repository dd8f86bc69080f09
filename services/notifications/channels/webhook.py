"""Webhooks per the Standard Webhooks spec: the event as JSON, signed with the subscription's secret."""

import asyncio
import itertools
import json
import socket
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime

import httpx
from standardwebhooks import Webhook

from services.notifications.domain.deliveries import Claim, Outcome
from services.notifications.domain.retry_after import parse_retry_after
from services.notifications.domain.targets import RefusedTarget, TargetPolicy, literal_address

Resolver = Callable[[str, int], Awaitable[list[str]]]
USER_AGENT = "sparknet-webhooks/1"


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


async def resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


class WebhookSender:
    def __init__(self, client: httpx.AsyncClient | Sequence[httpx.AsyncClient], policy: TargetPolicy, *,
                 timeout: float, resolver: Resolver = resolve) -> None:
        # Several small connection pools: httpcore's pool does work per pooled connection on every request.
        self._clients = itertools.cycle([client] if isinstance(client, httpx.AsyncClient) else list(client))
        self._policy = policy
        self._timeout = timeout
        self._resolve = resolver

    async def send(self, claim: Claim) -> Outcome:
        body = body_of(claim.payload)
        headers = signed_headers(claim.secret, str(claim.message_id), body, datetime.now(UTC), claim.previous_secret)
        try:
            url, extensions = await self._pinned(claim.url, headers)
            # httpx times each phase, not the whole exchange.
            async with asyncio.timeout(self._timeout), next(self._clients).stream(
                "POST", url, content=body.encode(), headers=headers, extensions=extensions, follow_redirects=False,
            ) as response:
                await _drain(response)
                return _outcome_of(response)
        except RefusedTarget as refused:  # sending elsewhere would need a new subscription
            return Outcome(delivered=False, error=f"refused: {refused.message}", permanent=True)
        except TimeoutError:
            return Outcome(delivered=False, error=f"timeout: no answer within {self._timeout:g}s")
        except (httpx.HTTPError, OSError) as error:
            return Outcome(delivered=False, error=_describe(error))

    async def _pinned(self, url: str, headers: dict[str, str]) -> tuple[httpx.URL, dict]:
        """Resolve once, check every address, connect to a checked one (no DNS rebinding)."""
        self._policy.check_url(url)
        target = httpx.URL(url)
        if self._policy.allow_private or literal_address(target.host) is not None:
            return target, {}
        addresses = await self._resolve(target.host, target.port or (443 if target.scheme == "https" else 80))
        if not addresses:
            raise OSError(f"{target.host} has no address")
        for address in addresses:
            self._policy.check_address(literal_address(address))
        headers["host"] = target.netloc.decode()
        return target.copy_with(host=addresses[0]), {"sni_hostname": target.host}


async def _drain(response: httpx.Response, limit: int = 64 * 1024) -> None:
    """Read a small answer to its end, so the connection goes back to the pool; give up on a large one."""
    read = 0
    if response.is_stream_consumed:
        return
    async for chunk in response.aiter_raw():
        read += len(chunk)
        if read > limit:
            return


def _outcome_of(response: httpx.Response) -> Outcome:
    if response.is_success:
        return Outcome(delivered=True, status_code=response.status_code)
    return Outcome(
        delivered=False,
        status_code=response.status_code,
        error=f"HTTP {response.status_code} {response.reason_phrase}".strip(),
        retry_after=parse_retry_after(response.headers.get("retry-after"), datetime.now(UTC)),
        gone=response.status_code == 410,
    )


def _describe(error: BaseException) -> str:
    # Transport errors carry the socket's reason, not the URL (whose query may hold a token).
    return f"{type(error).__name__}: {error}"[:500]
