"""Test data for billing's domain: an event on sale with two ticket types."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from services.billing.orders.domain import Buyer, Order
from services.billing.seats.domain import EventOnSale, TicketType
from shared.money import Money

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
BUYER = Buyer("ada@example.org", "Ada Lovelace", "en")


def ticket_type(event_id, *, name="General", amount=1500, currency="EUR", capacity=100, max_per_order=4, **extra):
    return TicketType(id=uuid4(), event_id=event_id, name=name, price=Money(amount=amount, currency=currency),
                      capacity=capacity, max_per_order=max_per_order, **extra)


def event_on_sale(*types: TicketType, title="Data Science Summer School") -> EventOnSale:
    event_id = types[0].event_id if types else uuid4()
    return EventOnSale(event_id, title, {t.id: t for t in types})


def two_types() -> tuple[EventOnSale, TicketType, TicketType]:
    event_id = uuid4()
    general = ticket_type(event_id, name="General", amount=1500)
    student = ticket_type(event_id, name="Student", amount=500)
    return event_on_sale(general, student), general, student


def reserved_order(event: EventOnSale, *requested, hold=timedelta(minutes=15)) -> Order:
    return Order.reserve(id=uuid4(), event=event, buyer=BUYER, requested=list(requested), now=NOW, hold=hold,
                         secret_digest="digest")
