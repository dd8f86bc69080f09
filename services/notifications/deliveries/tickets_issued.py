"""What the ticket confirmation adds to its e-mail: the link to the order's web page, each ticket's QR code
inline (multipart/related, referenced from the HTML by Content-ID) and the event as an .ics attachment."""

import io
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote

import segno

from services.notifications.deliveries import ics

TEMPLATE = "tickets_issued"
# Billing's QR endpoint encodes the ticket's code, as the door scanner reads it; so do these.
QR_ERROR_LEVEL, QR_SCALE, QR_BORDER = "m", 6, 4  # a full quiet zone: mail clients put anything around it


@dataclass(frozen=True)
class QrImage:
    cid: str  # without the angle brackets, as `cid:` URLs write it
    png: bytes
    size: int  # pixels, square


def context(payload: dict[str, Any], *, web_url: str, message_id: str, language: str) -> dict[str, Any]:
    """What the templates see besides the event itself: its title in `language` if the event has one
    (as its publication told us; billing's message names it in the primary language only)."""
    details = payload.get("event_details") or {}
    title = (details.get("titles") or {}).get(language) or payload.get("event_title") or details.get("title")
    return {"order_url": order_url(payload, web_url), "qr_images": qr_images(payload, message_id),
            "event_details": details, "calendar_attached": ics.has_dates(details), "event_title": title}


def order_url(payload: dict[str, Any], web_url: str) -> str:
    """The web app's order page, opened by the key billing sent; empty for a message without one."""
    key, order_id = payload.get("order_link_key"), payload.get("aggregate_id")
    if not (key and order_id and web_url):
        return ""
    return f"{web_url.rstrip('/')}/orders/{quote(str(order_id), safe='')}?key={quote(key, safe='')}"


def qr_images(payload: dict[str, Any], message_id: str) -> dict[str, QrImage]:
    """One per ticket, by ticket id; the Content-IDs stay the same on every retry of this delivery."""
    images = {}
    for ticket in payload.get("tickets") or ():
        qr = segno.make(ticket["code"], error=QR_ERROR_LEVEL, micro=False)  # every phone reads these
        buffer = io.BytesIO()
        qr.save(buffer, kind="png", scale=QR_SCALE, border=QR_BORDER)
        size, _ = qr.symbol_size(scale=QR_SCALE, border=QR_BORDER)
        images[ticket["ticket_id"]] = QrImage(f"qr-{ticket['ticket_id']}.{message_id}@sparknet", buffer.getvalue(),
                                              size)
    return images


def add_qr_images(message: EmailMessage, images: dict[str, QrImage]) -> None:
    """Beside the HTML part, in a multipart/related with it, as RFC 2387 has it."""
    html = message.get_body(("html",))
    for ticket_id, image in images.items():
        html.add_related(image.png, "image", "png", cid=f"<{image.cid}>", disposition="inline",
                         filename=f"qr-{ticket_id}.png")


def add_calendar(message: EmailMessage, payload: dict[str, Any], *, title: str, url: str, description: str) -> None:
    """The event's .ics, if notifications knows its dates (from EventPublished and EventRescheduled)."""
    facts = payload.get("event_details") or {}
    calendar = ics.event_ics(str(payload["event_id"]), facts, title=title, url=url, description=description.strip())
    if calendar is not None:
        message.add_attachment(calendar, *ics.MEDIA_TYPE, filename="event.ics",
                               params={"method": "PUBLISH", "charset": "utf-8"})
