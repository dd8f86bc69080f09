"""The sandbox provider's own pages: a checkout a buyer can click, and the same as an API for tests."""

from html import escape
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from services.billing.payments.sandbox.provider import SandboxProvider
from services.billing.orders.schemas import SandboxCompleted, SandboxCompletion
from shared import openapi

router = APIRouter(prefix="/sandbox", tags=["sandbox provider"])


async def _sandbox(request: Request) -> SandboxProvider:
    return request.app.state.payments


SandboxDep = Annotated[SandboxProvider, Depends(_sandbox)]

# Addresses sit in data attributes, HTML-escaped, so nothing in them can reach the script as code. The
# completion address is relative: the page works at whatever prefix the proxy serves billing under.
_CHECKOUT_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sandbox checkout</title>
<style>body{{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;line-height:1.5;
overflow-wrap:anywhere}}
button{{font:inherit;min-height:44px;padding:.5rem 1.25rem;margin:0 .5rem .5rem 0}}</style></head>
<body data-complete="{complete_url}" data-return="{return_url}"><main>
<h1>Sandbox checkout</h1>
<p>{description}</p>
<p>Amount: <strong>{amount} {currency}</strong> (in minor units). Payment {payment_id}: no money moves here.</p>
<div{hide_buttons}><button type="button" data-outcome="succeeded">Pay</button>
<button type="button" data-outcome="declined">Decline</button></div>
<p id="result" role="status">{status_note}</p>
<p><a id="back" href="{return_url}"{hide_back}>Back to the shop</a></p>
</main>
<script>
const back = document.getElementById("back"), result = document.getElementById("result");
for (const button of document.querySelectorAll("button[data-outcome]")) {{
  button.addEventListener("click", async () => {{
    document.querySelectorAll("button").forEach((b) => {{ b.disabled = true; }});
    const answer = await fetch(document.body.dataset.complete, {{method: "POST",
      headers: {{"content-type": "application/json"}}, body: JSON.stringify({{outcome: button.dataset.outcome}})}});
    const body = await answer.json();
    result.textContent = answer.ok ? "Payment " + body.status + "." : String(body.detail);
    if (!document.body.dataset.return) return;
    if (answer.ok) location.assign(back.href); else back.hidden = false;
  }});
}}
</script></body></html>"""


@router.get("/checkout/{payment_id}", response_class=HTMLResponse, summary="Show the sandbox checkout page",
            responses={200: {"description": "The page, with Pay and Decline buttons while the payment is open",
                             "content": {"text/html": {"schema": {"type": "string"}}}},
                       **openapi.problems_for(status_400="`return_url` is not on this site",
                                              status_404="No sandbox payment of this id")})
async def checkout_page(payment_id: str, sandbox: SandboxDep,
                        return_url: Annotated[str | None, Query(max_length=2000, description=(
                            "Where the buyer goes after paying: a path, or an address on this site"))] = None):
    """The sandbox provider's checkout, where a buyer pays or declines without money moving; anyone may open it.

    After the buyer's click it sends them to `return_url`, if given and on this site (else 400). The sandbox is
    billing's built-in provider, until a real one takes its place.
    """
    back = sandbox.return_address(return_url) if return_url else ""
    payment = await sandbox.checkout(payment_id)
    payable = payment["status"] in ("pending", "declined")
    return _CHECKOUT_PAGE.format(
        complete_url=escape(f"../payments/{quote(payment_id, safe='')}/complete"), return_url=escape(back),
        description=escape(payment["description"]), amount=payment["amount"], currency=escape(payment["currency"]),
        payment_id=escape(payment_id), hide_buttons="" if payable else " hidden",
        status_note="" if payable else f"This payment is {escape(payment['status'])}.",
        hide_back=" hidden" if payable or not back else "",
    )


@router.post("/payments/{payment_id}/complete", response_model=SandboxCompleted,
             summary="Complete a sandbox payment",
             responses=openapi.problems_for(status_409="The payment succeeded or was refunded already"))
async def complete_payment(payment_id: str, body: SandboxCompletion, sandbox: SandboxDep):
    """What the buyer's click does: the payment succeeds or is declined, and billing hears of it by webhook.

    Anyone may call it (tests do, in place of a buyer); it answers once billing answered the webhook.
    404 for no sandbox payment of this id. No money moves: the sandbox is billing's
    built-in provider, until a real one takes its place.
    """
    return await sandbox.complete(payment_id, body.outcome)
