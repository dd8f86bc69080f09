"""What billing's routers take from a request besides the body: the provider, settings, keys and secrets,
and an event its caller organises. The pool is `shared.http.PoolDep`, the one all services share."""

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Header, Request, Security
from fastapi.security import APIKeyHeader, APIKeyQuery
from pydantic import WithJsonSchema

from services.billing.organisers import service as organisers
from services.billing.payments.domain import PaymentProvider
from services.billing.settings import BillingSettings
from shared import openapi
from shared.errors import DomainError
from shared.http import PoolDep, runtime_settings
from shared.identity import CurrentPrincipal

# Dependencies are `async def`: FastAPI runs plain `def` ones in a thread pool, a hop per call.


async def _provider(request: Request) -> PaymentProvider:
    return request.app.state.payments


# Documented as what the dependency below accepts; it checks the header itself, to answer the precise 400.
_IdempotencyKeyHeader = Annotated[
    str | None,
    WithJsonSchema({"type": "string", "minLength": 1, "maxLength": 255, "pattern": r"\S"}),
    Header(alias="Idempotency-Key", description="Any unique string (a UUID, say), at most 255 characters: a retry"
                                                " with the same key and body answers the first request's result"),
]


@openapi.requires_header("Idempotency-Key")
async def _idempotency_key(key: _IdempotencyKeyHeader = None) -> str:
    # Checked in a dependency, before the body: a request without a key is refused whatever it holds.
    if not key or not key.strip():
        raise DomainError("Idempotency-Key header is required", status=400)
    if len(key) > 255:
        raise DomainError("Idempotency-Key header must be at most 255 characters", status=400)
    return key


# A buyer needs no account: the order's secret opens it, sent as a header or, from the e-mail's link, in the query.
_ORDER_SECRET = openapi.reads_secret(APIKeyHeader(
    name="Order-Secret", scheme_name="orderSecret", auto_error=False,
    description="The order's secret, answered once, at checkout."))
_ORDER_LINK_KEY = openapi.reads_secret(APIKeyQuery(
    name="secret", scheme_name="orderLinkKey", auto_error=False,
    description="The order's link key, from the confirmation e-mail's link."))


async def _order_secret(header: Annotated[str | None, Security(_ORDER_SECRET)],
                        query: Annotated[str | None, Security(_ORDER_LINK_KEY)]) -> str | None:
    return header or query


async def _organised_event(event_id: UUID, principal: CurrentPrincipal, pool: PoolDep) -> UUID:
    await organisers.require_organiser(pool, principal=principal, event_id=event_id)
    return event_id


ProviderDep = Annotated[PaymentProvider, Depends(_provider)]
SettingsDep = Annotated[BillingSettings, Depends(runtime_settings)]
IdempotencyKey = Annotated[str, Depends(_idempotency_key)]
OrderSecret = Annotated[str | None, Depends(_order_secret)]
# The event of the path, once its caller is known to organise it (404 unknown, 403 not theirs).
OrganisedEvent = Annotated[UUID, Depends(_organised_event)]
