"""An events service on the real Kafka and PostgreSQL, and a registry stand-in feeding it."""

from datetime import timedelta
from uuid import uuid4

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import RecordMetadata, TopicPartition

from services.events.projections import partners
from services.events.app import build
from services.events.settings import EventsSettings
from shared import topics
from shared.contracts.registry import (
    ExpertPublished, MemberRole, OrganisationKind, OrganisationRegistered, PartnershipFormed, PartnershipMember,
)
from shared.envelope import Envelope, utc_now
from shared.identity import store_signing_key
from harness.auth import TokenFactory
from harness.kafka import start_group_at_end
from harness.services import eventually, run_service, settings_env


@pytest.fixture(scope="package")
def tokens() -> TokenFactory:
    return TokenFactory()


@pytest.fixture(scope="package")
async def events(infra, tokens):
    """The service; its `client` calls as an operator, `anonymous` as the public."""
    # Its own consumer group, so no other copy of the service shares its partitions.
    group = f"events-it-{uuid4().hex[:8]}"
    consumed = [t.name for t in (topics.REGISTRY_ORGANISATION, topics.REGISTRY_PARTNERSHIP, topics.REGISTRY_EXPERT,
                                 topics.REGISTRY_NETWORK, topics.REGISTRY_IDENTITY, topics.BILLING_INVENTORY)]
    await start_group_at_end(infra.bootstrap_servers, group, *consumed)  # this run's messages only
    env = settings_env(infra, "events", EVENTS_CONSUMER_GROUP=group)
    async with run_service(build, EventsSettings(**env)) as running:
        async with running.runtime.pool.acquire() as conn:  # as if learned from registry.identity.v1
            await store_signing_key(conn, tokens.published)
        running.client.headers.update(tokens.headers(operator=True, ttl=timedelta(hours=3)))
        tokens.seed_client(running.client, running.runtime.pool)  # test users' memberships, as from the registry
        async with httpx.AsyncClient(base_url=running.base_url, timeout=30) as anonymous:
            tokens.seed_client(anonymous, running.runtime.pool)
            running.anonymous = anonymous
            yield running


class Registry:
    """Publishes registry events as the registry's outbox relay would: JSON, keyed by aggregate id."""

    def __init__(self, producer: AIOKafkaProducer, events, bootstrap_servers: str) -> None:
        self._producer, self._events, self._bootstrap = producer, events, bootstrap_servers

    async def publish(self, event: Envelope) -> RecordMetadata:
        return await self._producer.send_and_wait(
            topics.topic_of(event).name,
            event.model_dump_json().encode(),
            key=str(event.aggregate_id).encode(),
            headers=[("event-type", event.type.encode()), ("content-type", b"application/json")],
        )

    async def form_partnership(self, name: str = "Data and design", programme: str | None = None) -> PartnershipFormed:
        """Two organisations and their partnership, once the events service knows them."""
        members = []
        roles = {MemberRole.LEAD: OrganisationKind.UNIVERSITY, MemberRole.PARTNER: OrganisationKind.BUSINESS}
        for role, kind in roles.items():
            organisation = OrganisationRegistered(
                aggregate_id=uuid4(), name=f"{kind} of {name}", kind=kind, country="DE", city="Berlin"
            )
            await self.publish(organisation)
            members.append(PartnershipMember(organisation_id=organisation.aggregate_id, role=role))
        formed = PartnershipFormed(aggregate_id=uuid4(), name=name, programme=programme, members=tuple(members))
        await self.publish(formed)
        await eventually(lambda: self.projected(formed.aggregate_id))
        return formed

    async def publish_expert(self, name: str = "Olena Kovalenko") -> ExpertPublished:
        """An expert the registry published, once the events service knows them."""
        expert = ExpertPublished(aggregate_id=uuid4(), name=name, languages=("uk", "en"))
        await self.until_consumed(await self.publish(expert))
        return expert

    async def projected(self, partnership_id):
        async with self._events.runtime.pool.acquire() as conn:
            return await partners.get_partnership(conn, partnership_id)

    async def until_consumed(self, sent: RecordMetadata) -> None:
        """Wait until the service's consumer group committed past `sent`: it has been handled."""
        group = self._events.runtime.settings.group_id
        partition = TopicPartition(sent.topic, sent.partition)
        admin = AIOKafkaAdminClient(bootstrap_servers=self._bootstrap)
        await admin.start()
        try:
            async def committed_past() -> bool:
                offsets = await admin.list_consumer_group_offsets(group, partitions=[partition])
                return partition in offsets and offsets[partition].offset > sent.offset

            await eventually(committed_past, interval=0.2)
        finally:
            await admin.close()


@pytest.fixture(scope="package")
async def registry(infra, events):
    producer = AIOKafkaProducer(bootstrap_servers=infra.bootstrap_servers, acks="all")
    await producer.start()
    try:
        yield Registry(producer, events, infra.bootstrap_servers)
    finally:
        await producer.stop()


def lead_admin(formed: PartnershipFormed) -> dict:
    """Claims of an admin of the partnership's first (lead) member organisation."""
    return {"admin_of": [formed.members[0].organisation_id]}


def event_body(partnership_id, **overrides) -> dict:
    starts_at = (utc_now() + timedelta(days=30)).replace(microsecond=0)
    body = {
        "title": "Creative jam: data and design",
        "kind": "creative_jam",
        "organisers": [{"partnership_id": str(partnership_id), "lead": True, "revenue_share_bps": 10_000}],
        "starts_at": starts_at.isoformat(),
        "ends_at": (starts_at + timedelta(hours=4)).isoformat(),
        "timezone": "Europe/Berlin",
        "venue": {"address": "Hauptstraße 1", "city": "Berlin", "country": "DE"},
        "ticket_types": [{"name": "Standard", "price": {"amount": 1500, "currency": "EUR"}, "capacity": 80}],
    }
    return {**body, **overrides}
