"""Email over SMTP: a plain-text and an HTML part, in the recipient's language; a ticket confirmation
adds its QR codes inline and the event's .ics (see tickets_issued.py)."""

import asyncio
from email.message import EmailMessage
from email.utils import formataddr, format_datetime, parseaddr
from functools import cache
from pathlib import Path

import aiosmtplib
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from services.notifications.deliveries import tickets_issued
from services.notifications.deliveries.domain import Claim, Outcome
from services.notifications.deliveries.languages import language_of
from services.notifications.settings import NotificationsSettings
from shared.envelope import utc_now

TEMPLATES = Path(__file__).parent / "templates"
_templates = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def compose(claim: Claim, *, sender: str, public_url: str = "", web_url: str = "") -> EmailMessage:
    """Render `claim.template` (e.g. tickets_issued/uk.txt and uk.html) into one message.

    Subscription emails carry RFC 8058 one-click unsubscribe headers and the same link in the body.
    """
    language = language_of(claim.payload, offered=written_in(claim.template))
    unsubscribe_url = f"{public_url.rstrip('/')}/unsubscribe/{claim.unsubscribe_token}" if claim.unsubscribe_token else ""
    tickets = claim.template == tickets_issued.TEMPLATE
    extra = tickets_issued.context(claim.payload, web_url=web_url, message_id=str(claim.id),
                                   language=language) if tickets else {}
    if claim.payload.get("link_path"):  # a one-time link into the web app (accounts/service.py)
        extra["link_url"] = f"{web_url.rstrip('/')}{claim.payload['link_path']}"

    def render(part: str) -> str:
        template = _templates.get_template(f"{claim.template}/{language}.{part}")
        return template.render({**claim.payload, "unsubscribe_url": unsubscribe_url, **extra})

    message = EmailMessage()
    message["Subject"] = " ".join(render("subject.txt").split())  # one line, whatever the title holds
    message["From"] = sender
    message["To"] = formataddr((claim.payload.get("buyer_name") or claim.payload.get("name") or "", claim.recipient))
    message["Date"] = format_datetime(utc_now())
    # The same id on every retry lets mail systems drop a copy we sent twice.
    message["Message-ID"] = f"<{claim.id}@{parseaddr(sender)[1].partition('@')[2] or 'sparknet.local'}>"
    message.set_content(render("txt"))
    message.add_alternative(render("html"), subtype="html")
    if unsubscribe_url:
        message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if tickets:
        tickets_issued.add_qr_images(message, extra["qr_images"])
        tickets_issued.add_calendar(message, claim.payload, title=extra["event_title"], url=extra["order_url"],
                                    description=render("calendar.txt"))
    for ticket in claim.payload.get("tickets") or ():  # the tickets themselves, one file each
        message.add_attachment(_ticket_text(claim.payload, ticket), filename=f"ticket-{ticket['code']}.txt")
    message["Content-Language"] = language  # after the parts: setting content clears Content-* headers
    return message


@cache
def written_in(template: str | None) -> frozenset[str]:
    """The languages `template` has a text part in."""
    return frozenset(path.name.split(".")[0] for path in (TEMPLATES / str(template)).glob("*.txt"))


class EmailSender:
    def __init__(self, settings: NotificationsSettings) -> None:
        self._settings = settings

    async def send(self, claim: Claim) -> Outcome:
        s = self._settings
        message = compose(claim, sender=s.mail_from, public_url=s.public_url, web_url=s.web_url)
        try:
            async with asyncio.timeout(s.smtp_timeout_seconds):  # the whole session, not each command
                _, reply = await aiosmtplib.send(
                    message, recipients=[claim.recipient], hostname=s.smtp_host, port=s.smtp_port,
                    username=s.smtp_username,
                    password=s.smtp_password.get_secret_value() if s.smtp_password else None,
                    start_tls=s.smtp_starttls, timeout=s.smtp_timeout_seconds,
                )
        except aiosmtplib.SMTPRecipientsRefused as refused:
            codes = [r.code for r in refused.recipients]
            return Outcome(delivered=False, response=_reply(refused.recipients[0]), error="recipient refused",
                           permanent=all(code >= 500 for code in codes))
        except aiosmtplib.SMTPAuthenticationError as error:  # our configuration, not the recipient: retry
            return Outcome(delivered=False, response=_reply(error), error="SMTP login refused")
        except aiosmtplib.SMTPResponseException as error:
            return Outcome(delivered=False, response=_reply(error), error=type(error).__name__,
                           permanent=error.code >= 500)
        except TimeoutError:
            return Outcome(delivered=False, error=f"timeout: no answer within {s.smtp_timeout_seconds:g}s")
        except (aiosmtplib.SMTPException, OSError) as error:
            return Outcome(delivered=False, error=f"{type(error).__name__}: {error}"[:500])
        return Outcome(delivered=True, response=f"250 {reply}"[:500])  # aiosmtplib raises on any other reply


def _ticket_text(payload: dict, ticket: dict) -> str:
    return (f"sparknet ticket\n\nEvent: {payload.get('event_title', '')}\nCode: {ticket['code']}\n"
            f"Type: {ticket['ticket_type_name']}\nTicket id: {ticket['ticket_id']}\n")


def _reply(error: aiosmtplib.SMTPResponseException) -> str:
    return f"{error.code} {error.message}"[:500]
