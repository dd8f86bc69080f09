"""E-mails about a person's account, which they get whatever they subscribed to: the link to confirm their
address, to reset their password, to accept an invitation. The registry sends the link's token; the web app's
page at the link's path spends it."""

from urllib.parse import quote

from services.notifications.deliveries import repository as deliveries
from services.notifications.deliveries.domain import Delivery
from shared.contracts.registry import AccountEmail, EmailVerificationRequested, InvitationSent, PasswordResetRequested
from shared.unit_of_work import UnitOfWork

TEMPLATES = {EmailVerificationRequested: "verify_email", PasswordResetRequested: "reset_password",
             InvitationSent: "invitation"}


def link_path(event: AccountEmail) -> str:
    """The web app's page for the link, on NOTIFICATIONS_WEB_URL."""
    token = quote(event.link_token, safe="")
    if isinstance(event, InvitationSent):
        return f"/invitations/{event.invitation_id}?token={token}"
    if isinstance(event, PasswordResetRequested):
        return f"/reset-password?token={token}"
    return f"/verify-email?token={token}"


async def send_account_email(uow: UnitOfWork, event: AccountEmail) -> None:
    payload = {**event.model_dump(mode="json"), "link_path": link_path(event),
               "expires_at_text": event.expires_at.strftime("%Y-%m-%d %H:%M")}
    await deliveries.add(uow.conn, [Delivery.email(event.email, TEMPLATES[type(event)], event, payload=payload)])
