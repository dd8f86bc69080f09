"""The built-in sandbox provider: it behaves like a real one, so billing cannot tell.

Its books (`repository`) stand in for a provider's own storage; billing reads them
only through this class. Completing a payment (a
buyer's click, or a test) makes it call billing back with a signed webhook over
real HTTP, retrying a failed delivery like a real provider would.
"""

import asyncio
import json
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from typing import Literal
from urllib.parse import urlencode
from uuid import UUID, uuid4

import aiohttp
import asyncpg
from pydantic import BaseModel, Field, ValidationError

from services.billing.payments import signatures
from services.billing.payments.domain import Checkout, InvalidWebhook, Outcome, PaymentNotice, on_site
from services.billing.payments.sandbox import repository as books
from shared.errors import Conflict, NotFound
from shared.money import CurrencyCode, Money

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "Sandbox-Signature"


class _WebhookData(BaseModel):
    payment_id: str
    reference: UUID
    amount: int = Field(ge=0)
    currency: CurrencyCode


class _Webhook(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    type: Literal["payment.succeeded", "payment.declined"]
    created: int
    data: _WebhookData


class SandboxProvider:
    name = "sandbox"

    def __init__(self, pool: Callable[[], asyncpg.Pool], *, base_url: str, secret: str,
                 tolerance_seconds: int, clock: Callable[[], float] = time.time) -> None:
        self._pool = pool  # a getter: the pool exists only once the service started
        self._base_url = base_url
        self._secret = secret
        self._tolerance = tolerance_seconds
        self._clock = clock
        self._http: aiohttp.ClientSession | None = None  # one session for every webhook, made in the loop

    def _client(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            # Idle connections are dropped before the receiver's keep-alive (uvicorn: 5 s) could close them.
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10),
                                               connector=aiohttp.TCPConnector(keepalive_timeout=2))
        return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()

    async def create_payment(self, *, reference: UUID, amount: Money, description: str) -> Checkout:
        async with self._pool().acquire() as conn:
            payment_id = await books.open_payment(conn, f"pay_{secrets.token_hex(12)}", reference=reference,
                                                  amount=amount, description=description)
        return Checkout(payment_id, f"{self._base_url}/sandbox/checkout/{payment_id}")

    def checkout_address(self, checkout_url: str, *, return_url: str) -> str:
        return f"{checkout_url}?{urlencode({'return_url': return_url})}"

    def return_address(self, url: str) -> str:
        """Its page is reachable by anyone: it checks the return address again."""
        return on_site(url, site=self._base_url)

    async def checkout(self, provider_payment_id: str) -> asyncpg.Record:
        """What its checkout page shows."""
        async with self._pool().acquire() as conn:
            if (row := await books.payment(conn, provider_payment_id)) is None:
                raise NotFound(f"sandbox payment {provider_payment_id} not found")
        return row

    async def refund(self, *, provider_payment_id: str, amount: Money, reference: UUID) -> str:
        """Partial refunds add up to at most what was paid; the same reference refunds once."""
        async with self._pool().acquire() as conn, conn.transaction():
            paid = await books.locked_payment(conn, provider_payment_id)
            done = await books.refunded_already(conn, reference)
            if paid is None or (paid["status"] not in ("succeeded", "refunded") and not done):
                raise RuntimeError(f"sandbox payment {provider_payment_id} cannot be refunded")
            if not done:
                before = await books.refunded_total(conn, provider_payment_id)
                if before + amount.amount > paid["amount"]:
                    raise RuntimeError(f"sandbox payment {provider_payment_id}: refunds would exceed the payment")
                await books.add_refund(conn, provider_payment_id, reference=reference, amount=amount.amount)
                if before + amount.amount == paid["amount"]:
                    await books.mark_refunded(conn, provider_payment_id, reference=reference)
        return f"re_{reference.hex}"

    def verify_webhook(self, headers: Mapping[str, str], body: bytes) -> PaymentNotice:
        signatures.verify(self._secret, headers.get(SIGNATURE_HEADER), body,
                          now=self._clock(), tolerance=self._tolerance)
        try:
            hook = _Webhook.model_validate_json(body)
        except ValidationError as error:
            problem = error.errors()[0]
            where = ".".join(str(part) for part in problem["loc"]) or "body"
            raise InvalidWebhook(f"webhook is invalid: {where}: {problem['msg']}") from None
        return PaymentNotice(
            webhook_id=hook.id, reference=hook.data.reference, provider_payment_id=hook.data.payment_id,
            outcome=Outcome(hook.type.removeprefix("payment.")),
            amount=Money(amount=hook.data.amount, currency=hook.data.currency),
        )

    async def complete(self, provider_payment_id: str, outcome: Outcome) -> dict:
        """The buyer's click: settle the payment, then tell billing by webhook."""
        async with self._pool().acquire() as conn:
            row = await books.settle(conn, provider_payment_id, outcome.value)
            if row is None:
                status = await books.status_of(conn, provider_payment_id)
                if status is None:
                    raise NotFound(f"sandbox payment {provider_payment_id} not found")
                raise Conflict(f"sandbox payment {provider_payment_id} is already {status}")
        webhook_id = f"evt_{uuid4().hex}"
        body = json.dumps({
            "id": webhook_id, "type": f"payment.{outcome.value}", "created": int(self._clock()),
            "data": {"payment_id": row["id"], "reference": str(row["reference"]),
                     "amount": row["amount"], "currency": row["currency"]},
        }).encode()
        return {"payment_id": row["id"], "status": outcome.value, "webhook_id": webhook_id,
                "webhook_status": await self.deliver(body)}

    async def deliver(self, body: bytes, *, attempts: int = 3) -> int | None:
        """POST a webhook, signed afresh at each attempt; the last answer's status, None if none came."""
        status = None
        client = self._client()
        for attempt in range(attempts):
            signature = signatures.sign(self._secret, body, timestamp=int(self._clock()))
            try:
                async with client.post(f"{self._base_url}/payments/webhook", data=body, headers={
                        SIGNATURE_HEADER: signature, "content-type": "application/json"}) as response:
                    status = response.status
                if status < 500:
                    return status
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                log.warning("sandbox webhook delivery failed", extra={"attempt": attempt, "error": repr(error)})
            await asyncio.sleep(0.5 * 2**attempt)
        return status
