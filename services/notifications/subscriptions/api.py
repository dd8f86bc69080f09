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
from shared import openapi
from shared.http import Cursor, Limit, Page, PoolDep, runtime_settings
from shared.identity import CurrentPrincipal, MaybePrincipal

router = APIRouter(tags=["subscriptions"])
links = APIRouter(tags=["email links"])
SettingsDep = Annotated[NotificationsSettings, Depends(runtime_settings)]


def _page_answer(description: str) -> dict:
    """The 200 of an email link: a small page for people, never JSON."""
    return {200: {"description": description, "content": {"text/html": {"schema": {"type": "string"}}}}}


_UNKNOWN_LINK = openapi.problems_for(status_404="The link is unknown or no longer valid")


@router.post("/subscriptions", status_code=201, response_model=SubscriptionCreated, summary="Subscribe",
             responses=openapi.problems_for(
                 status_401="Subscribing for an organisation or expert, or to an in-app feed, needs a token",
                 status_403="The caller is not an admin of the organisation, nor the expert or their admin",
                 status_409="A confirmation was mailed to this address minutes ago; its link must be followed"))
async def subscribe(body: SubscriptionCreate, pool: PoolDep, settings: SettingsDep, principal: MaybePrincipal,
                    response: Response):
    """Create a subscription; `Location` names it. Without a token: an anonymous webhook (public events only,
    managed later with the `secret` answered only here), or an attendee's email, pending until the link mailed to
    it is followed. With a token: the caller's own, or (`organisation_id`, `expert_id`) one for an organisation or
    expert the caller administers.

    422 also when fields contradict each other: a webhook needs a `url` and only webhooks have one; an email
    subscription needs an address (given, or in the token); a daily or weekly digest needs `at`, a weekly one a
    `weekday`; each kind of subscriber is offered only some `event_types`; a webhook `url` must be public and
    https outside development."""
    row, secret = await service.subscribe(pool, request=body, principal=principal, settings=settings)
    response.headers["location"] = f"{settings.public_url.rstrip('/')}/subscriptions/{row['id']}"
    return SubscriptionCreated(**SubscriptionRead.of(row).model_dump(), secret=secret)


@router.get("/subscriptions", response_model=Page[SubscriptionRead], summary="List subscriptions")
async def list_subscriptions(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                             expert_id: UUID | None = None, limit: Limit = 50, cursor: Cursor = None):
    """The caller's own subscriptions (their email ones included), newest first; with `organisation_id` or
    `expert_id` those of an organisation the caller administers, or of the expert (themselves or their admins;
    403 otherwise; operators any). Pass `next_cursor` back as `cursor` for older ones."""
    rows = await service.list_owned(pool, principal=principal, organisation_id=organisation_id, expert_id=expert_id,
                                    limit=limit, cursor=cursor)
    return Page.of([SubscriptionRead.of(r) for r in rows], limit)


@router.get("/subscriptions/{subscription_id}", response_model=SubscriptionRead, summary="Read a subscription")
async def get_subscription(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader):
    """One subscription, its status and digest schedule included. For its owner (an organisation's admins, the
    expert or user themselves, the attendee by the address in their token), an anonymous webhook endpoint with its
    `Subscription-Secret` (403 when it does not match), and operators."""
    return SubscriptionRead.of(await service.manageable(
        pool, subscription_id=subscription_id, principal=principal, presented_secret=secret))


@router.delete("/subscriptions/{subscription_id}", status_code=204, summary="Delete a subscription")
async def unsubscribe(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader):
    """Stop at once: whatever is still pending for it is cancelled; it and its deliveries stay readable, with status
    `deleted`. For whoever may read it."""
    await service.unsubscribe(pool, subscription_id=subscription_id, principal=principal, presented_secret=secret)


@router.post("/subscriptions/{subscription_id}/secret", response_model=SecretRotated,
             summary="Rotate a webhook's signing secret",
             responses=openapi.problems_for(status_409="Not a webhook subscription: only webhooks have a secret"))
async def rotate_secret(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader,
                        overlap_hours: Annotated[float, Query(gt=0, le=168)] = 24):
    """A new secret, answered only here; the old one keeps signing alongside it for `overlap_hours`. For whoever
    may read the subscription."""
    new_secret, expires_at = await service.rotate_secret(
        pool, subscription_id=subscription_id, principal=principal, presented_secret=secret,
        overlap_hours=overlap_hours)
    return SecretRotated(secret=new_secret, previous_secret_expires_at=expires_at)


@router.post("/subscriptions/{subscription_id}/enable", response_model=SubscriptionRead,
             summary="Enable a disabled subscription",
             responses=openapi.problems_for(status_409="The subscription is not disabled"))
async def enable(subscription_id: UUID, pool: PoolDep, principal: MaybePrincipal, secret: SecretHeader):
    """Resume a subscription that its receiver's 410 Gone disabled. For whoever may read it."""
    return SubscriptionRead.of(await service.enable(
        pool, subscription_id=subscription_id, principal=principal, presented_secret=secret))


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>sparknet</title></head>
<body style="font-family: sans-serif"><p>{text}</p>{form}</body></html>"""


def _page(text: str, button: str | None = None) -> HTMLResponse:
    # A button, not an action on GET: mail scanners follow links, people press buttons.
    form = f'<form method="post"><button type="submit">{escape(button)}</button></form>' if button else ""
    return HTMLResponse(_PAGE.format(text=escape(text), form=form))


@links.get("/subscriptions/confirm/{token}", response_class=HTMLResponse, summary="Show the confirmation page",
           responses=_page_answer("A page with a button that confirms the subscription"))
async def confirm_page(token: str) -> HTMLResponse:
    """The link in a confirmation email: a page whose button confirms. Nothing changes on GET, as mail scanners
    follow links. Anyone holding the link may open it."""
    return _page("Confirm your sparknet subscription · Підтвердіть підписку", "Confirm · Підтвердити")


@links.post("/subscriptions/confirm/{token}", response_class=HTMLResponse, summary="Confirm an email subscription",
            responses={**_page_answer("A page saying the subscription is confirmed, or what it is now"),
                       **_UNKNOWN_LINK})
async def confirm(token: str, pool: PoolDep) -> HTMLResponse:
    """What the confirmation page's button calls: a pending email subscription becomes active; one already
    confirmed or deleted stays as it is. Anyone holding the link may."""
    status = await service.follow_link(pool, kind="confirm", token=token)
    return _page("Subscription confirmed · Підписку підтверджено" if status == "active" else f"Subscription {status}")


@links.get("/unsubscribe/{token}", response_class=HTMLResponse, summary="Show the unsubscribe page",
           responses=_page_answer("A page with a button that unsubscribes"))
async def unsubscribe_page(token: str) -> HTMLResponse:
    """The unsubscribe link in every email: a page whose button unsubscribes. Nothing changes on GET. Anyone
    holding the link may open it."""
    return _page("Stop these sparknet emails? · Відписатися від листів sparknet?", "Unsubscribe · Відписатися")


# Named as before it shared a module with DELETE /subscriptions/{id}: the name is its OpenAPI operation id.
@links.post("/unsubscribe/{token}", response_class=HTMLResponse, name="unsubscribe", summary="Unsubscribe by link",
            responses={**_page_answer("A page saying the emails stop"), **_UNKNOWN_LINK})
async def unsubscribe_by_link(token: str, pool: PoolDep) -> HTMLResponse:
    """What the unsubscribe page's button and mail clients' one-click unsubscribe (RFC 8058,
    List-Unsubscribe-Post) call: the subscription is deleted and what is pending for it cancelled; again is fine.
    Anyone holding the link may."""
    await service.follow_link(pool, kind="unsubscribe", token=token)
    return _page("You are unsubscribed · Ви відписалися")
