"""Sending the buyer to the provider's page to pay, and back to the page they came from."""

from datetime import datetime
from uuid import UUID

import asyncpg

from services.billing.orders import service as orders
from services.billing.orders.domain import OrderStatus
from services.billing.payments.domain import PaymentProvider, PaymentStatus, on_site
from shared.envelope import utc_now

PAYABLE = (PaymentStatus.PENDING, PaymentStatus.DECLINED)  # a declined payment may be tried again


async def payment_page(pool: asyncpg.Pool, provider: PaymentProvider, *, order_id: UUID, secret: str | None,
                       return_url: str, site: str, now: datetime | None = None) -> str:
    """The provider's checkout while the order awaits payment, else `return_url` itself, which shows the
    order as it is (paid, expired ...). The secret is checked as for reading the order."""
    return_url = on_site(return_url, site=site)
    order, payment = await orders.get_order(pool, order_id=order_id, secret=secret)
    awaiting = order.status is OrderStatus.RESERVED and order.expires_at > (now or utc_now())
    if not awaiting or payment.status not in PAYABLE or payment.checkout_url is None:
        return return_url
    return provider.checkout_address(payment.checkout_url, return_url=return_url)
