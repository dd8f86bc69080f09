"""What each event on the bus turns into, in the consumer's transaction: what we learn about the
network, and the deliveries, feed items and digest lines it plans for the subscriptions that want it."""

from collections.abc import Awaitable, Callable, Iterable

import asyncpg

from services.notifications.domain.catalogue import ORDER_EVENT_TYPES
from services.notifications.domain.deliveries import Delivery
from services.notifications.domain.fanout import fan_out
from services.notifications.domain.subscriptions import Owner
from services.notifications.repository import deliveries, digests, feed, network, subscriptions
from shared.contracts.billing import OrderReserved, TicketsIssued
from shared.envelope import Envelope

Reaction = Callable[[asyncpg.Connection, Envelope], Awaitable[None]]
BATCH = 5000  # rows per INSERT when one event fans out to many subscribers
_FACTS = ("title", "kind", "city", "country", "venue", "online_url", "starts_at", "ends_at", "timezone",
          "organisers", "tags", "language")


async def notify_subscribers(conn: asyncpg.Connection, event: Envelope) -> None:
    facts = await _facts(conn, event)
    audience = await _audience(conn, event)
    wanted = [s for s in await subscriptions.active_for(conn, event.type) if s.wants(event, facts, audience)]
    planned = fan_out(event, wanted, facts)
    for chunk in _chunks(planned.webhooks):
        await deliveries.add_webhooks(conn, event, chunk)
    await deliveries.add(conn, planned.deliveries)
    await feed.add(conn, planned.feed)
    await digests.add(conn, planned.digests)


# Kept under its first name: tests and callers plan webhook fan-out directly.
notify_webhook_subscribers = notify_subscribers


async def confirm_tickets_by_email(conn: asyncpg.Connection, event: TicketsIssued) -> None:
    """Transactional: the buyer gets their tickets whether or not they subscribed to anything."""
    await deliveries.add(conn, [Delivery.email(event.buyer_email, "tickets_issued", event)])


async def learn_event(conn: asyncpg.Connection, event: Envelope) -> None:
    payload = event.model_dump(mode="json")
    facts = {k: payload[k] for k in _FACTS if k in payload}
    await network.add_event(conn, event.aggregate_id, getattr(event, "organisers", ()), facts)


async def learn_partnership(conn: asyncpg.Connection, event: Envelope) -> None:
    await network.add_partnership(conn, event.aggregate_id, [m.organisation_id for m in event.members])


async def learn_expert(conn: asyncpg.Connection, event: Envelope) -> None:
    await network.put_expert(conn, event.aggregate_id, getattr(event, "organisation_ids", ()),
                             withdrawn=event.type == "ExpertWithdrawn")


async def learn_order(conn: asyncpg.Connection, event: OrderReserved | TicketsIssued) -> None:
    await network.add_order(conn, event.aggregate_id, event.buyer_email, event.language)
    if isinstance(event, TicketsIssued):
        await network.add_ticket_holder(conn, event.event_id, event.buyer_email)


async def _facts(conn: asyncpg.Connection, event: Envelope) -> dict:
    """What filters see: the event's own fields over what its publication told us."""
    known = await network.facts_of(conn, event.aggregate_id) if event.type.startswith("Event") else {}
    return {**known, **event.model_dump(mode="json")}


async def _audience(conn: asyncpg.Connection, event: Envelope) -> set[Owner]:
    """Whom the event concerns: organisers, ticket holders, the parties to a request, the buyer."""
    if event.type in ("EventPublished", "EventRescheduled", "EventCancelled"):
        organisations = await network.organisers_of(conn, event.aggregate_id)
        holders = await network.ticket_holders(conn, event.aggregate_id)
        return {Owner("organisation", str(o)) for o in organisations} | {Owner("attendee", e) for e in holders}
    if event.type == "CooperationRequested":
        organisations = await network.organisations_of(conn, [event.requested_partnership_id])
        expert = {Owner("expert", str(event.expert_id))} if event.expert_id else set()
        return {Owner("organisation", str(o)) for o in organisations} | expert
    if event.type == "CooperationRequestAnswered":
        organisations = await network.organisations_of(conn, [event.requesting_partnership_id])
        return {Owner("organisation", str(o)) for o in organisations}
    if event.type in ORDER_EVENT_TYPES:  # keyed by the order: its buyer
        buyer = getattr(event, "buyer_email", None) or await network.buyer_of(conn, event.aggregate_id)
        return {Owner("attendee", buyer.casefold())} if buyer else set()
    return set()


def _chunks(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


async def _ignore(conn: asyncpg.Connection, event: Envelope) -> None:
    """Not ours to act on; the inbox still remembers it was seen."""


def reaction_to(event: Envelope) -> Callable[[asyncpg.Connection], Awaitable[None]]:
    steps = REACTIONS.get(event.type, [_ignore])

    async def react(conn: asyncpg.Connection) -> None:
        for step in steps:
            await step(conn, event)

    return react


# What reacts to what, in order: learn first, so the event's own audience includes what it taught us.
REACTIONS: dict[str, list[Reaction]] = {
    "PartnershipFormed": [learn_partnership],
    "ExpertPublished": [learn_expert],
    "ExpertWithdrawn": [learn_expert],
    "EventDrafted": [learn_event],
    "EventPublished": [learn_event, notify_subscribers],
    "EventRescheduled": [learn_event, notify_subscribers],
    "EventCancelled": [notify_subscribers],
    "CooperationRequested": [notify_subscribers],
    "CooperationRequestAnswered": [notify_subscribers],
    "OrderReserved": [learn_order, notify_subscribers],
    "OrderPaid": [notify_subscribers],
    "OrderExpired": [notify_subscribers],
    "OrderCancelled": [notify_subscribers],
    "OrderRefunded": [notify_subscribers],
    "RefundIssued": [notify_subscribers],
    "TicketsIssued": [learn_order, confirm_tickets_by_email, notify_subscribers],
    "TicketsVoided": [notify_subscribers],
}
