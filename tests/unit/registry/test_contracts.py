"""Contract tests: every event the registry emits lands on its own topic, round-trips, and carries no contacts."""

import uuid
from datetime import UTC, date, datetime

import pytest

from services.registry.cooperation.domain import CooperationRequest
from services.registry.organisations.domain import Organisation
from services.registry.partnerships.domain import Partnership
from services.registry.experts.domain import Expert
from services.registry.resources.domain import Resource
from shared.contracts.registry import MemberRole, PartnershipMember
from shared.topics import topic_of


def everything_the_domain_emits() -> list:
    org = Organisation.register(name="KPI", kind="university", country="UA", city="Kyiv",
                                contact_email="office@kpi.example.org")
    members = (PartnershipMember(organisation_id=org.id, role=MemberRole.LEAD),
               PartnershipMember(organisation_id=uuid.uuid4(), role=MemberRole.PARTNER))
    partnership = Partnership.form(name="P", programme="Creative Spark", members=members)
    expert = Expert.register(name="Olena", organisation_ids=(org.id,), email="olena@example.org",
                             phone="+380 50 000 00 00", bio="private bio", visibility={"bio": "private"})
    resource = Resource.offer(kind="venue", organisation_id=org.id, title="Hall", quantity=1, city="Kyiv", country="UA")
    request = CooperationRequest.ask(
        now=datetime(2026, 1, 1, tzinfo=UTC), requesting_partnership_id=uuid.uuid4(),
        requested_partnership_id=partnership.id, expert_id=expert.id, purpose="project",
        starts_on=date(2026, 2, 1), ends_on=date(2026, 2, 2), requested_by=uuid.uuid4())
    return [*org.events, *org.changed(status="suspended").events, *partnership.events,
            *partnership.with_member(uuid.uuid4(), MemberRole.ASSOCIATE, consented=True).events, *expert.events,
            *expert.withdrawn().events, *resource.events, *resource.withdrawn().events, *request.events,
            *request.answered("declined", by=uuid.uuid4(), now=datetime(2026, 1, 2, tzinfo=UTC)).events]


@pytest.mark.parametrize("event", everything_the_domain_emits(), ids=lambda e: e.type)
def test_each_event_is_on_a_registry_topic_keyed_by_its_aggregate_and_round_trips(event):
    topic = topic_of(event)
    assert topic.producer == "registry" and topic.name.startswith("registry.")
    assert topic.parse(event.model_dump_json()) == event


@pytest.mark.parametrize("event", everything_the_domain_emits(), ids=lambda e: e.type)
def test_no_event_carries_contact_details_or_private_fields(event):
    text = event.model_dump_json()
    assert "@example.org" not in text and "+380" not in text and "private bio" not in text
