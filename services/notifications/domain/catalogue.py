"""Which event types exist, and which each kind of subscriber may hear about."""

from shared.topics import EVENT_TYPES

ANNOUNCEMENT = "NetworkAnnouncement"  # posted by operators through the API, not carried by the bus

# Public facts about the network: anyone may follow them, narrowed by filters.
PUBLIC_EVENT_TYPES: frozenset[str] = frozenset({"EventPublished", "EventRescheduled", "EventCancelled", ANNOUNCEMENT})
COOPERATION_EVENT_TYPES: frozenset[str] = frozenset({"CooperationRequested", "CooperationRequestAnswered"})
# Buyers' personal data: only ever to the buyer.
ORDER_EVENT_TYPES: frozenset[str] = frozenset({
    "OrderReserved", "OrderPaid", "OrderExpired", "OrderCancelled", "OrderRefunded", "RefundIssued",
    "TicketsIssued", "TicketsVoided",
})

OFFERED: dict[str, frozenset[str]] = {
    "external": PUBLIC_EVENT_TYPES,
    "organisation": PUBLIC_EVENT_TYPES | COOPERATION_EVENT_TYPES,
    "expert": PUBLIC_EVENT_TYPES | COOPERATION_EVENT_TYPES,
    "user": PUBLIC_EVENT_TYPES,
    "attendee": PUBLIC_EVENT_TYPES | ORDER_EVENT_TYPES,
}

# Kept for callers of the first version: what an anonymous webhook may receive.
WEBHOOK_EVENT_TYPES: frozenset[str] = OFFERED["external"]

CATALOGUE_EVENT_TYPES: frozenset[str] = EVENT_TYPES | {ANNOUNCEMENT}
