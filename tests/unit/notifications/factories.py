"""Events and subscriptions for notifications tests, valid unless told otherwise."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from harness.contracts import event_published, tickets_issued
from services.notifications.subscriptions.domain import Filters, Subscription


def subscription(event_types=("EventPublished",), **filters) -> Subscription:
    return Subscription.create(url="https://hooks.example.org/sparknet", event_types=list(event_types),
                               filters=Filters(**filters))


def event_cancelled(event_id, **overrides):
    from shared.contracts.events import EventCancelled
    return EventCancelled(**{**dict(aggregate_id=event_id, title="Creative Jam: AI and the City",
                                    reason="the venue flooded"), **overrides})


def event_rescheduled(event_id, **overrides):
    from shared.contracts.events import EventRescheduled
    starts = datetime(2031, 6, 1, 9, tzinfo=UTC)
    return EventRescheduled(**{**dict(aggregate_id=event_id, title="Creative Jam: AI and the City",
                                      previous_starts_at=datetime(2031, 5, 14, 10, tzinfo=UTC), starts_at=starts,
                                      ends_at=starts + timedelta(hours=6), timezone="Europe/Kyiv"), **overrides})


def partnership_formed(*organisation_ids, partnership_id=None):
    from shared.contracts.registry import MemberRole, PartnershipFormed, PartnershipMember
    return PartnershipFormed(aggregate_id=partnership_id or uuid4(), name="Test partnership", members=tuple(
        PartnershipMember(organisation_id=o, role=MemberRole.LEAD if i == 0 else MemberRole.PARTNER)
        for i, o in enumerate(organisation_ids)))


def expert_published(expert_id, *organisation_ids):
    from shared.contracts.registry import ExpertPublished
    return ExpertPublished(aggregate_id=expert_id, name="Iryna Design", organisation_ids=organisation_ids)


def cooperation_requested(requested_partnership_id, **overrides):
    from shared.contracts.registry import CooperationRequested
    return CooperationRequested(**{**dict(aggregate_id=uuid4(), requesting_partnership_id=uuid4(),
                                          requested_partnership_id=requested_partnership_id,
                                          message="Could your coach run our design sprint?"), **overrides})


def order_reserved(buyer_email, **overrides):
    from shared.contracts.billing import OrderReserved
    from shared.money import Money
    total = Money(amount=5000, currency="UAH")
    return OrderReserved(**{**dict(aggregate_id=uuid4(), event_id=uuid4(), buyer_email=buyer_email,
                                   buyer_name="Olena", lines=(), total=total,
                                   expires_at=datetime(2031, 1, 1, tzinfo=UTC)), **overrides})


def order_refunded(order_id, **overrides):
    from shared.contracts.billing import OrderRefunded
    from shared.money import Money
    return OrderRefunded(**{**dict(aggregate_id=order_id, event_id=uuid4(), payment_id=uuid4(),
                                   amount=Money(amount=5000, currency="UAH"), reason="event cancelled"), **overrides})
