"""The sandbox provider's own pages: a checkout a buyer can click, and the same as an API for tests."""

import json
from html import escape
from urllib.parse import quote
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from services.billing.payments.sandbox.provider import SandboxProvider
from services.billing.orders.schemas import SandboxCompleted, SandboxCompletion

router = APIRouter(prefix="/sandbox", tags=["sandbox provider"])


async def _sandbox(request: Request) -> SandboxProvider:
    return request.app.state.payments


SandboxDep = Annotated[SandboxProvider, Depends(_sandbox)]

_CHECKOUT_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Sandbox checkout</title></head>
<body><h1>Sandbox checkout</h1><p>Payment {payment_id}: no money moves here.</p>
<button onclick="finish('succeeded')">Pay</button> <button onclick="finish('declined')">Decline</button>
<pre id="result"></pre>
<script>
async function finish(outcome) {{
  const r = await fetch({complete_url}, {{method: "POST", headers: {{"content-type": "application/json"}},
                                         body: JSON.stringify({{outcome}})}});
  document.getElementById("result").textContent = JSON.stringify(await r.json(), null, 2);
}}
</script></body></html>"""


@router.get("/checkout/{payment_id}", response_class=HTMLResponse, include_in_schema=False)
async def checkout_page(payment_id: str):
    # Percent-quoted, then a JS string literal: nothing in it can close the script.
    url = json.dumps(f"/sandbox/payments/{quote(payment_id, safe='')}/complete")
    return _CHECKOUT_PAGE.format(payment_id=escape(payment_id), complete_url=url)


@router.post("/payments/{payment_id}/complete", response_model=SandboxCompleted)
async def complete_payment(payment_id: str, body: SandboxCompletion, sandbox: SandboxDep):
    """What the buyer's click does: the payment succeeds or is declined, and billing hears of it by webhook."""
    return await sandbox.complete(payment_id, body.outcome)
