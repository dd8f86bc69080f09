"""Subscriptions over HTTP: create, read, list, delete, rotate the secret, enable again; and the links in emails
(confirm a subscription, unsubscribe, also RFC 8058 one-click POST)."""

from html import escape
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import HTMLResponse

from services.notifications.settings import NotificationsSettings
from services.notifications.subscriptions import service
from services.notifications.subscriptions.schemas import (
    SecretHeader, SecretRotated, SubscriptionCreate, SubscriptionCreated, SubscriptionRead,
)
from shared.http import Cursor, Limit, Page, PoolDep, runtime_settings
from shared.identity import CurrentPrincipal, MaybePrincipal

router = APIRouter(tags=["subscriptions"])
links = APIRouter(tags=["email links"])
SettingsDep = Annotated[NotificationsSettings, Depends(runtime_settings)]


@router.post("/subscriptions", status_code=201, response_model=SubscriptionCreated)
async def subscribe(body: SubscriptionCreate, pool: PoolDep, settings: SettingsDep, principal: MaybePrincipal,
                    response: Response):
    """Without a token: an anonymous webhook (public events), or an attendee's email (confirmed by a link)."""
    row, secret = await service.subscribe(pool, request=body, principal=principal, settings=settings)
    response.headers["location"] = f"{settings.public_url.rstrip('/')}/subscriptions/{row['id']}"
    return SubscriptionCreated(**SubscriptionRead.of(row).model_dump(), secret=secret)


@router.get("/subscriptions", response_model=Page[SubscriptionRead])
async def list_subscriptions(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                             expert_id: UUID | None = None, limit: Limit = 50, cursor: Cursor = None):
    rows = await service.list_owned(pool, principal=principal, organisation_id=organisation_id, expert_id=expert_id,
                                    limit=limit, cursor=cursor)
    return Page.of([SubscriptionRead.of(r) for r in rows], limit)


@router.get("/subscriptions/{subscription_id}", response_model=SubscriptionRead)
async def get_subscription(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader):
    return SubscriptionRead.of(await service.manageable(
        pool, subscription_id=subscription_id, principal=principal, presented_secret=secret))


@router.delete("/subscriptions/{subscription_id}", status_code=204)
async def unsubscribe(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader):
    await service.unsubscribe(pool, subscription_id=subscription_id, principal=principal, presented_secret=secret)


@router.post("/subscriptions/{subscription_id}/secret", response_model=SecretRotated)
async def rotate_secret(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader,
                        overlap_hours: Annotated[float, Query(gt=0, le=168)] = 24):
    """A new secret; the old one keeps signing alongside it for `overlap_hours`."""
    new_secret, expires_at = await service.rotate_secret(
        pool, subscription_id=subscription_id, principal=principal, presented_secret=secret,
        overlap_hours=overlap_hours)
    return SecretRotated(secret=new_secret, previous_secret_expires_at=expires_at)


@router.post("/subscriptions/{subscription_id}/enable", response_model=SubscriptionRead)
async def enable(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader):
    """Resume a subscription that a 410 Gone disabled."""
    return SubscriptionRead.of(await service.enable(
        pool, subscription_id=subscription_id, principal=principal, presented_secret=secret))


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>sparknet</title></head>
<body style="font-family: sans-serif"><p>{text}</p>{form}</body></html>"""


def _page(text: str, button: str | None = None) -> HTMLResponse:
    # A button, not an action on GET: mail scanners follow links, people press buttons.
    form = f'<form method="post"><button type="submit">{escape(button)}</button></form>' if button else ""
    return HTMLResponse(_PAGE.format(text=escape(text), form=form))


@links.get("/subscriptions/confirm/{token}", response_class=HTMLResponse)
async def confirm_page(token: str) -> HTMLResponse:
    return _page("Confirm your sparknet subscription · Підтвердіть підписку", "Confirm · Підтвердити")


@links.post("/subscriptions/confirm/{token}", response_class=HTMLResponse)
async def confirm(token: str, pool: PoolDep) -> HTMLResponse:
    status = await service.follow_link(pool, kind="confirm", token=token)
    return _page("Subscription confirmed · Підписку підтверджено" if status == "active" else f"Subscription {status}")


@links.get("/unsubscribe/{token}", response_class=HTMLResponse)
async def unsubscribe_page(token: str) -> HTMLResponse:
    return _page("Stop these sparknet emails? · Відписатися від листів sparknet?", "Unsubscribe · Відписатися")


# Named as before it shared a module with DELETE /subscriptions/{id}: the name is its OpenAPI operation id.
@links.post("/unsubscribe/{token}", response_class=HTMLResponse, name="unsubscribe")
async def unsubscribe_by_link(token: str, pool: PoolDep) -> HTMLResponse:
    """What the button and mail clients' one-click unsubscribe (List-Unsubscribe-Post) call."""
    await service.follow_link(pool, kind="unsubscribe", token=token)
    return _page("You are unsubscribed · Ви відписалися")
