"""The links in emails: confirm a subscription, unsubscribe (also RFC 8058 one-click POST)."""

from html import escape

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from services.notifications import managing
from services.notifications.api.deps import PoolDep

router = APIRouter(tags=["email links"])

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>sparknet</title></head>
<body style="font-family: sans-serif"><p>{text}</p>{form}</body></html>"""


def _page(text: str, button: str | None = None) -> HTMLResponse:
    # A button, not an action on GET: mail scanners follow links, people press buttons.
    form = f'<form method="post"><button type="submit">{escape(button)}</button></form>' if button else ""
    return HTMLResponse(_PAGE.format(text=escape(text), form=form))


@router.get("/subscriptions/confirm/{token}", response_class=HTMLResponse)
async def confirm_page(token: str) -> HTMLResponse:
    return _page("Confirm your sparknet subscription · Підтвердіть підписку", "Confirm · Підтвердити")


@router.post("/subscriptions/confirm/{token}", response_class=HTMLResponse)
async def confirm(token: str, pool: PoolDep) -> HTMLResponse:
    status = await managing.follow_link(pool, "confirm", token)
    return _page("Subscription confirmed · Підписку підтверджено" if status == "active" else f"Subscription {status}")


@router.get("/unsubscribe/{token}", response_class=HTMLResponse)
async def unsubscribe_page(token: str) -> HTMLResponse:
    return _page("Stop these sparknet emails? · Відписатися від листів sparknet?", "Unsubscribe · Відписатися")


@router.post("/unsubscribe/{token}", response_class=HTMLResponse)
async def unsubscribe(token: str, pool: PoolDep) -> HTMLResponse:
    """What the button and mail clients' one-click unsubscribe (List-Unsubscribe-Post) call."""
    await managing.follow_link(pool, "unsubscribe", token)
    return _page("You are unsubscribed · Ви відписалися")
