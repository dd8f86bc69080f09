"""Which event types exist, and which each kind of subscriber may hear about."""

from collections.abc import Iterable
from enum import StrEnum

from shared.errors import DomainError
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

CATALOGUE_EVENT_TYPES: frozenset[str] = EVENT_TYPES | {ANNOUNCEMENT}
EventType = StrEnum("EventType", {t: t for t in sorted(CATALOGUE_EVENT_TYPES)}, module=__name__)
EventType.__doc__ = "An event type one may subscribe to"

# What people read in a confirmation email for the types they may follow; others keep their identifier.
_IN_WORDS = {
    "en": {"EventPublished": "event publication", "EventRescheduled": "event rescheduling",
           "EventCancelled": "event cancellation", ANNOUNCEMENT: "network announcements",
           "CooperationRequested": "cooperation requests", "CooperationRequestAnswered": "answers to cooperation requests",
           "OrderReserved": "order reservation", "OrderPaid": "order payment", "OrderExpired": "reservation expiry",
           "OrderCancelled": "order cancellation", "OrderRefunded": "order refund", "RefundIssued": "refund payout",
           "TicketsIssued": "tickets issued", "TicketsVoided": "tickets voided"},
    "uk": {"EventPublished": "публікація події", "EventRescheduled": "перенесення події",
           "EventCancelled": "скасування події", ANNOUNCEMENT: "оголошення мережі",
           "CooperationRequested": "запити на співпрацю", "CooperationRequestAnswered": "відповіді на запити на співпрацю",
           "OrderReserved": "резервування замовлення", "OrderPaid": "оплата замовлення",
           "OrderExpired": "закінчення резервування", "OrderCancelled": "скасування замовлення",
           "OrderRefunded": "повернення коштів за замовлення", "RefundIssued": "виплата повернення",
           "TicketsIssued": "видача квитків", "TicketsVoided": "анулювання квитків"},
    "de": {"EventPublished": "Veröffentlichung einer Veranstaltung", "EventRescheduled": "Verlegung einer Veranstaltung",
           "EventCancelled": "Absage einer Veranstaltung", ANNOUNCEMENT: "Ankündigungen des Netzwerks",
           "CooperationRequested": "Kooperationsanfragen", "CooperationRequestAnswered": "Antworten auf Kooperationsanfragen",
           "OrderReserved": "Reservierung einer Bestellung", "OrderPaid": "Bezahlung einer Bestellung",
           "OrderExpired": "Ablauf einer Reservierung", "OrderCancelled": "Stornierung einer Bestellung",
           "OrderRefunded": "Erstattung einer Bestellung", "RefundIssued": "Auszahlung einer Erstattung",
           "TicketsIssued": "Ausstellung von Tickets", "TicketsVoided": "Ungültigkeit von Tickets"},
}


def in_words(event_types: Iterable[str], language: str) -> list[str]:
    """The event types as a reader of `language` (else English) understands them."""
    words = _IN_WORDS.get(language, _IN_WORDS["en"])
    return [words.get(t, t) for t in event_types]


def check_known(event_types: Iterable[str]) -> None:
    unknown = [t for t in event_types if t not in CATALOGUE_EVENT_TYPES]
    if unknown:
        raise DomainError(
            f"event_types: unknown event type(s) {', '.join(map(repr, unknown))};"
            f" known: {', '.join(sorted(CATALOGUE_EVENT_TYPES))}"
        )


def check_event_types(event_types: list[str], owner_kind: str = "external") -> tuple[str, ...]:
    if not event_types:
        raise DomainError("event_types: name at least one event type")
    check_known(event_types)
    offered = OFFERED[owner_kind]
    withheld = [t for t in event_types if t not in offered]
    if withheld:
        to = "webhooks" if owner_kind == "external" else f"{owner_kind} subscribers"
        raise DomainError(
            f"event_types: {', '.join(map(repr, withheld))} not offered to {to}; offered: {', '.join(sorted(offered))}"
        )
    return tuple(dict.fromkeys(event_types))  # order kept, duplicates dropped

