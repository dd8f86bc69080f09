"""The registry's messages reach the projection as their contract types, in memory."""

from uuid import uuid4

import pytest
from faststream.kafka import TestKafkaBroker

from services.events import service
from services.events.app import build
from services.events.settings import EventsSettings
from shared import topics
from shared.contracts.registry import (
    MemberRole, OrganisationKind, OrganisationRegistered, PartnershipFormed, PartnershipMember,
)


@pytest.fixture
def projected(monkeypatch) -> list:
    seen = []

    async def project(pool, event):
        seen.append(event)
        return True

    monkeypatch.setattr(service, "project_registry_event", project)
    return seen


async def test_each_registry_topic_is_projected(projected):
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

    async with TestKafkaBroker(runtime.broker) as broker:
        for message in (organisation, partnership):
            key = str(message.aggregate_id).encode()
            await broker.publish(message.model_dump(mode="json"), topics.topic_of(message).name, key=key)

    assert projected == [organisation, partnership]
