"""Where buyers start paying, and where payment providers call billing back."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse

from services.billing.deps import OrderSecret, ProviderDep, SettingsDep
from services.billing.orders.schemas import WebhookAnswer
from services.billing.payments import checkout
from services.billing.payments import service as settlement
from shared import openapi
from shared.http import PoolDep

router = APIRouter(tags=["payments"])
ReturnUrl = Annotated[str, Query(min_length=1, max_length=2000, description=(
    "Where the provider sends the buyer back: a path, or an address on this site (the web order page)"))]


@router.get("/orders/{order_id}/pay", status_code=303, response_class=RedirectResponse, summary="Go and pay an order",
            responses={303: {"description": "To the provider's checkout, or back to `return_url` if the order"
                                            " no longer awaits payment",
                             "headers": {"Location": {"description": "Where to go next",
                                                      "schema": {"type": "string"}}}},
                       **openapi.problems_for(
                           status_400="`return_url` is not on this site, or holds spaces, control characters"
                                      " or backslashes",
                           status_404="Unknown order, or a missing or wrong secret")})
async def pay(order_id: UUID, secret: OrderSecret, return_url: ReturnUrl, pool: PoolDep, provider: ProviderDep,
              settings: SettingsDep):
    """A link the buyer follows (with the order's secret or link key as `?secret=`) to pay and come back.

    It redirects to the provider's checkout while the order awaits payment, else straight back to
    `return_url`, which shows the order as it is. `return_url` must lead back to this site (a path, or an
    address on its host): never an open redirect.
    """
    address = await checkout.payment_page(pool, provider, order_id=order_id, secret=secret,
                                          return_url=return_url, site=settings.base_url)
    return RedirectResponse(address, status_code=303)


@router.post("/payments/webhook", response_model=WebhookAnswer, summary="Receive a payment provider's webhook",
             responses=openapi.problems_for(
                 413, status_400="Malformed webhook, or one naming a payment or amount billing does not know",
                 status_401="Missing, wrong or stale signature"))
async def payment_webhook(request: Request, pool: PoolDep, provider: ProviderDep, settings: SettingsDep):
    """Where the payment provider says how a payment ended; it signs the exact body it sends.

    Called by the provider, not by clients. Each webhook is applied once (a repeat answers `duplicate`); a
    payment that arrives after its order's seats went elsewhere is refunded at once.
    """
    # The signature covers the exact bytes sent, so the raw body is verified before anything is parsed.
    notice = provider.verify_webhook(request.headers, await request.body())
    return WebhookAnswer(result=await settlement.apply_webhook(
        pool, provider, notice, fee_bps=settings.platform_fee_bps))
