"""Where payment providers call billing back."""

from fastapi import APIRouter, Request

from services.billing.deps import ProviderDep, SettingsDep
from services.billing.orders.schemas import WebhookAnswer
from services.billing.payments import service as settlement
from shared.http import PoolDep

router = APIRouter(tags=["payments"])


@router.post("/payments/webhook", response_model=WebhookAnswer,
             responses={400: {"description": "Malformed webhook"}, 401: {"description": "Bad or stale signature"}})
async def payment_webhook(request: Request, pool: PoolDep, provider: ProviderDep, settings: SettingsDep):
    # The signature covers the exact bytes sent, so the raw body is verified before anything is parsed.
    notice = provider.verify_webhook(request.headers, await request.body())
    return WebhookAnswer(result=await settlement.apply_webhook(
        pool, provider, notice, fee_bps=settings.platform_fee_bps))
