"""What each event on the bus turns into: the deliveries it plans, in the consumer's transaction."""

from collections.abc import Awaitable, Callable

import asyncpg

from services.notifications.domain.deliveries import Delivery
from services.notifications.repository import deliveries, subscriptions
from shared.contracts.billing import TicketsIssued
from shared.contracts.events import EventPublished
from shared.envelope import Envelope

Reaction = Callable[[asyncpg.Connection, Envelope], Awaitable[None]]


async def notify_webhook_subscribers(conn: asyncpg.Connection, event: EventPublished) -> None:
    candidates = await subscriptions.active_for(conn, event.type)
    await deliveries.add(conn, [Delivery.webhook(s, event) for s in candidates if s.wants(event)])


async def confirm_tickets_by_email(conn: asyncpg.Connection, event: TicketsIssued) -> None:
    await deliveries.add(conn, [Delivery.email(event.buyer_email, "tickets_issued", event)])


async def _ignore(conn: asyncpg.Connection, event: Envelope) -> None:
    """Not ours to act on; the inbox still remembers it was seen."""


def reaction_to(event: Envelope) -> Callable[[asyncpg.Connection], Awaitable[None]]:
    reaction = REACTIONS.get(event.type, _ignore)
    return lambda conn: reaction(conn, event)


REACTIONS: dict[str, Reaction] = {
    "EventPublished": notify_webhook_subscribers,
    "TicketsIssued": confirm_tickets_by_email,
}
