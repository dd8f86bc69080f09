"""The registry's and billing's messages reach the projections as their contract types, in memory."""

from uuid import uuid4

import pytest
from faststream.kafka import TestKafkaBroker

from services.events.app import build
from services.events.settings import EventsSettings
from shared import inbox, topics
from shared.contracts.billing import SeatsAvailabilityChanged
from shared.contracts.registry import (
    ExpertPublished, ExpertWithdrawn, MemberRole, NetworkFormed, OrganisationKind, OrganisationRegistered,
    PartnershipFormed, PartnershipMember, PartnershipMemberAdded,
)


@pytest.fixture
def projected(monkeypatch) -> list:
    """The messages a reaction would apply; the inbox (and so the database) is faked."""
    seen = []

    async def apply_once(pool, *, consumer, event, apply):
        seen.append(event)
        return True

    monkeypatch.setattr(inbox, "apply_once", apply_once)
    return seen


async def test_each_consumed_topic_is_projected(projected):
    runtime, _ = build(EventsSettings())
    runtime._pool = object()  # the projection is faked: no database
    organisation = OrganisationRegistered(
        aggregate_id=uuid4(), name="TU Example", kind=OrganisationKind.UNIVERSITY, country="DE", city="Berlin"
    )
    partnership = PartnershipFormed(
        aggregate_id=uuid4(), name="Data jam", members=(
            PartnershipMember(organisation_id=organisation.aggregate_id, role=MemberRole.LEAD),
            PartnershipMember(organisation_id=uuid4(), role=MemberRole.PARTNER),
        ),
    )

    joined = PartnershipMemberAdded(aggregate_id=partnership.aggregate_id, organisation_id=uuid4(),
                                    role=MemberRole.PARTNER, members=partnership.members)
    network = NetworkFormed(aggregate_id=uuid4(), name="Creative Spark Ukraine",
                            partnership_ids=(partnership.aggregate_id,))
    expert = ExpertPublished(aggregate_id=uuid4(), name="Olena Kovalenko")
    withdrawn = ExpertWithdrawn(aggregate_id=expert.aggregate_id)
    seats = SeatsAvailabilityChanged(aggregate_id=uuid4(), event_id=uuid4(), capacity=10, sold=2, held=1, left=7)

    async with TestKafkaBroker(runtime.broker) as broker:
        for message in (organisation, partnership, joined, network, expert, withdrawn, seats):
            key = str(message.aggregate_id).encode()
            await broker.publish(message.model_dump(mode="json"), topics.topic_of(message).name, key=key)

    assert projected == [organisation, partnership, joined, network, expert, withdrawn, seats]
