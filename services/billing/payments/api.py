"""Where buyers start paying, and where payment providers call billing back."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse

from services.billing.deps import OrderSecret, ProviderDep, SettingsDep
from services.billing.orders.schemas import WebhookAnswer
from services.billing.payments import checkout
from services.billing.payments import service as settlement
from shared.http import PoolDep

router = APIRouter(tags=["payments"])
ReturnUrl = Annotated[str, Query(min_length=1, max_length=2000, description=(
    "Where the provider sends the buyer back: a path, or an address on this site (the web order page)"))]


@router.get("/orders/{order_id}/pay", status_code=303, response_class=RedirectResponse,
            responses={303: {"description": "To the provider's checkout, or back to `return_url` if the order"
                                            " no longer awaits payment"},
                       400: {"description": "`return_url` is not on this site"},
                       404: {"description": "Unknown order or wrong secret"}})
async def pay(order_id: UUID, secret: OrderSecret, return_url: ReturnUrl, pool: PoolDep, provider: ProviderDep,
              settings: SettingsDep):
    """A link the buyer follows (with the order's secret as `?secret=`) to pay and come back."""
    address = await checkout.payment_page(pool, provider, order_id=order_id, secret=secret,
                                          return_url=return_url, site=settings.base_url)
    return RedirectResponse(address, status_code=303)


@router.post("/payments/webhook", response_model=WebhookAnswer,
             responses={400: {"description": "Malformed webhook"}, 401: {"description": "Bad or stale signature"}})
async def payment_webhook(request: Request, pool: PoolDep, provider: ProviderDep, settings: SettingsDep):
    # The signature covers the exact bytes sent, so the raw body is verified before anything is parsed.
    notice = provider.verify_webhook(request.headers, await request.body())
    return WebhookAnswer(result=await settlement.apply_webhook(
        pool, provider, notice, fee_bps=settings.platform_fee_bps))
