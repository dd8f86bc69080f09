"""Email over SMTP: a plain-text and an HTML part, in the recipient's language."""

import asyncio
from email.message import EmailMessage
from email.utils import formataddr, format_datetime, parseaddr
from pathlib import Path

import aiosmtplib
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from services.notifications.deliveries.domain import Claim, Outcome
from services.notifications.deliveries.languages import language_of
from services.notifications.settings import NotificationsSettings
from shared.envelope import utc_now

_templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def compose(claim: Claim, *, sender: str, public_url: str = "") -> EmailMessage:
    """Render `claim.template` (e.g. tickets_issued/uk.txt and uk.html) into one message.

    Subscription emails carry RFC 8058 one-click unsubscribe headers and the same link in the body.
    """
    language = language_of(claim.payload)
    unsubscribe_url = f"{public_url.rstrip('/')}/unsubscribe/{claim.unsubscribe_token}" if claim.unsubscribe_token else ""

    def render(part: str) -> str:
        template = _templates.get_template(f"{claim.template}/{language}.{part}")
        return template.render(**claim.payload, unsubscribe_url=unsubscribe_url)

    message = EmailMessage()
    message["Subject"] = " ".join(render("subject.txt").split())  # one line, whatever the title holds
    message["From"] = sender
    message["To"] = formataddr((claim.payload.get("buyer_name") or "", claim.recipient))
    message["Date"] = format_datetime(utc_now())
    # The same id on every retry lets mail systems drop a copy we sent twice.
    message["Message-ID"] = f"<{claim.id}@{parseaddr(sender)[1].partition('@')[2] or 'sparknet.local'}>"
    message.set_content(render("txt"))
    message.add_alternative(render("html"), subtype="html")
    if unsubscribe_url:
        message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    for ticket in claim.payload.get("tickets") or ():  # the tickets themselves, one file each
        message.add_attachment(_ticket_text(claim.payload, ticket), filename=f"ticket-{ticket['code']}.txt")
    message["Content-Language"] = language  # after the parts: setting content clears Content-* headers
    return message


class EmailSender:
    def __init__(self, settings: NotificationsSettings) -> None:
        self._settings = settings

    async def send(self, claim: Claim) -> Outcome:
        s = self._settings
        message = compose(claim, sender=s.mail_from, public_url=s.public_url)
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
