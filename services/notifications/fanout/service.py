"""Planning, in the consumer's transaction: the deliveries, feed items and digest lines an event
means for the subscriptions that want it. Sending is the dispatcher's, so a slow receiver never
stalls a topic."""

from collections.abc import Iterable

import asyncpg

from services.notifications.deliveries import repository as deliveries
from services.notifications.deliveries.domain import Delivery
from services.notifications.deliveries.ics import CALENDAR_FACTS
from services.notifications.digests import repository as digests
from services.notifications.fanout.domain import fan_out
from services.notifications.feed import repository as feed
from services.notifications.network import repository as network
from services.notifications.subscriptions import repository as subscriptions
from services.notifications.subscriptions.catalogue import ORDER_EVENT_TYPES
from services.notifications.subscriptions.domain import Owner
from shared.contracts.billing import TicketsIssued
from shared.envelope import Envelope
from shared.unit_of_work import UnitOfWork

BATCH = 5000  # rows per INSERT when one event fans out to many subscribers


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


async def on_event(uow: UnitOfWork, event: Envelope) -> None:
    """The reaction to an event on the bus: whoever subscribed to it hears of it."""
    await notify_subscribers(uow.conn, event)


async def confirm_tickets_by_email(uow: UnitOfWork, event: TicketsIssued) -> None:
    """Transactional: the buyer gets their tickets whether or not they subscribed to anything, with the
    event's dates and place as its publication told us (billing's message does not carry them), for the .ics."""
    facts = await network.facts_of(uow.conn, event.event_id)
    details = {name: facts[name] for name in CALENDAR_FACTS if facts.get(name) is not None}
    payload = {**event.model_dump(mode="json"), "event_details": details}
    await deliveries.add(uow.conn, [Delivery.email(event.buyer_email, "tickets_issued", event, payload=payload)])


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
