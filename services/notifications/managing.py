"""Managing subscriptions once they exist: who may, reading, listing, links in emails, secrets."""

from uuid import UUID

import asyncpg

from services.notifications.domain import access
from services.notifications.domain.subscriptions import Owner, SubscriptionStatus, generate_secret
from services.notifications.repository import deliveries, network, subscriptions
from services.notifications.schemas import WEEKDAYS
from shared.auth import Principal
from shared.errors import Conflict, DomainError, NotFound


async def manageable(pool: asyncpg.Pool, subscription_id: UUID, principal: Principal | None,
                     presented_secret: str | None) -> dict:
    """The subscription, if the caller may manage it; 404 when it does not exist."""
    async with pool.acquire() as conn:
        row = await subscriptions.get(conn, subscription_id)
        if row is None:
            raise NotFound(f"subscription {subscription_id} not found")
        owner = Owner(row["owner_kind"], row["owner_id"])
        experts = await network.organisations_of_expert(conn, UUID(owner.id)) if owner.kind == "expert" else None
    access.may_manage(principal, owner, presented_secret=presented_secret, secrets=[row.pop("secret")],
                      expert_organisations=experts or [])
    return row


async def unsubscribe(pool: asyncpg.Pool, subscription_id: UUID, reason: str = "deleted by request") -> None:
    """Stop at once: what is still pending for it is cancelled, its history stays readable."""
    async with pool.acquire() as conn, conn.transaction():
        if not await subscriptions.set_status(conn, subscription_id, SubscriptionStatus.DELETED, reason):
            raise NotFound(f"subscription {subscription_id} not found")
        await deliveries.cancel_pending(conn, subscription_id=subscription_id, reason="subscription deleted")


async def follow_link(pool: asyncpg.Pool, kind: str, token: str) -> str:
    """An email link: confirm a pending subscription, or unsubscribe. Returns the new status."""
    async with pool.acquire() as conn, conn.transaction():
        row = await subscriptions.by_token(conn, f"{kind}_token", token)
        if row is None:
            raise NotFound("this link is unknown or no longer valid")
        if kind == "confirm":
            if row["status"] == SubscriptionStatus.PENDING:
                await subscriptions.set_status(conn, row["id"], SubscriptionStatus.ACTIVE, "confirmed by email")
                return "active"
            return row["status"]
        if row["status"] != SubscriptionStatus.DELETED:
            await subscriptions.set_status(conn, row["id"], SubscriptionStatus.DELETED, "unsubscribed by email link")
            await deliveries.cancel_pending(conn, subscription_id=row["id"], reason="unsubscribed")
        return "deleted"


async def list_owned(pool: asyncpg.Pool, principal: Principal, *, organisation_id: UUID | None,
                     expert_id: UUID | None, limit: int, cursor: UUID | None) -> list[dict]:
    async with pool.acquire() as conn:
        owner = await owner_of_request(conn, principal, organisation_id, expert_id)
        owners = [owner] + ([Owner("attendee", principal.email.casefold())]
                            if owner.kind == "user" and principal.email else [])
        return [present(r) for r in await subscriptions.list_owned(conn, owners, limit=limit, before=cursor)]


async def owner_of_request(conn: asyncpg.Connection, principal: Principal, organisation_id: UUID | None,
                           expert_id: UUID | None) -> Owner:
    """Whose subscriptions or feed the caller asks for: an organisation's, an expert's, or their own."""
    if organisation_id:
        owner, orgs = Owner("organisation", str(organisation_id)), []
    elif expert_id:
        owner, orgs = Owner("expert", str(expert_id)), await network.organisations_of_expert(conn, expert_id) or []
    else:
        return Owner("user", principal.subject)
    access.may_manage(principal, owner, presented_secret=None, expert_organisations=orgs)
    return owner


def present(row: dict) -> dict:
    """A stored subscription as the API shows it."""
    weekday = row["digest_weekday"]
    return {
        **{k: row[k] for k in ("id", "channel", "url", "email", "language", "event_types", "filters", "involving_me",
                               "status", "status_reason", "created_at", "updated_at")},
        "subscriber": {"kind": row["owner_kind"], "id": row["owner_id"]},
        "digest": {"frequency": row["frequency"], "timezone": row["timezone"], "next_at": row["next_digest_at"],
                   "at": row["digest_at"].strftime("%H:%M") if row["digest_at"] else None,
                   "weekday": WEEKDAYS[weekday] if weekday is not None else None},
    }


async def rotate_secret(pool: asyncpg.Pool, subscription: dict, *, overlap_hours: float) -> tuple[str, object]:
    if subscription["channel"] != "webhook":
        raise DomainError(f"only webhook subscriptions have a secret; this one is {subscription['channel']}")
    secret = generate_secret()
    async with pool.acquire() as conn:
        expires_at = await subscriptions.rotate_secret(conn, subscription["id"], secret, overlap_hours * 3600)
    return secret, expires_at


async def enable(pool: asyncpg.Pool, subscription: dict) -> None:
    """Resume a subscription disabled by a 410: the receiver says it is back."""
    if subscription["status"] != SubscriptionStatus.DISABLED:
        raise Conflict(f"subscription {subscription['id']} is {subscription['status']}, not disabled")
    async with pool.acquire() as conn:
        await subscriptions.set_status(conn, subscription["id"], SubscriptionStatus.ACTIVE, "enabled by request")
