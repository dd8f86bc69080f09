"""Valid events and their parts; tests change only what they are about."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from services.events.event.domain import Event
from services.events.event.values import Schedule, Venue
from services.events.tickets.domain import TicketType
from shared.contracts.events import EventKind, Organiser
from shared.money import Money

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def schedule(**overrides) -> Schedule:
    fields = {"starts_at": NOW + timedelta(days=30), "ends_at": NOW + timedelta(days=30, hours=3),
              "timezone": "Europe/Berlin"}
    return Schedule(**{**fields, **overrides})


def ticket_type(**overrides) -> TicketType:
    fields = {"name": "Standard", "price": Money(amount=1500, currency="EUR"), "capacity": 100}
    return TicketType(**{**fields, **overrides})


def free_ticket_type(**overrides) -> TicketType:
    return ticket_type(**{"name": "Free", "price": Money(amount=0, currency="EUR"), **overrides})


def organisers(*shares: int) -> tuple[Organiser, ...]:
    """The first organiser leads; `organisers(6000, 4000)` is two partnerships sharing revenue."""
    return tuple(
        Organiser(partnership_id=uuid4(), lead=i == 0, revenue_share_bps=share) for i, share in enumerate(shares)
    )


def draft(*, consented: bool = True, **overrides) -> Event:
    """A valid draft; `consented` says its co-organisers have already agreed to it."""
    fields = {
        "title": "Creative jam: data and design",
        "kind": EventKind.CREATIVE_JAM,
        "organisers": organisers(6000, 4000),
        "schedule": schedule(),
        "venue": Venue(address="Hauptstraße 1", city="Berlin", country="DE"),
        "ticket_types": [ticket_type()],
    }
    event = Event.draft(**{**fields, **overrides})
    if consented:
        event.consents = {o.organiser_id: "partner-admin" for o in event.organisers if not o.lead}
    return event
