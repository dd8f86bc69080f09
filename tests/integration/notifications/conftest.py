"""A notifications service on the real Kafka and PostgreSQL, with real receivers around it."""

import contextlib
import uuid

import asyncpg
import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer

from services.notifications.app import build
from services.notifications.settings import NotificationsSettings
from shared import topics
from shared.envelope import Envelope
from shared.kafka import ensure_topics
from shared.topics import topic_of
from harness.receivers import MailServer, WebhookReceiver
from harness.auth import TokenFactory
from harness.kafka import start_group_at_end
from harness.services import run_service, settings_env


@pytest.fixture(scope="package")
def tokens() -> TokenFactory:
    return TokenFactory()


async def store_key(service, factory: TokenFactory) -> None:
    """As if the registry's key had arrived over registry.identity.v1."""
    from shared.identity import store_signing_key
    async with service.runtime.pool.acquire() as conn:
        await store_signing_key(conn, factory.published)


@pytest.fixture(scope="package")
def mail():
    with MailServer() as server:
        yield server


@pytest.fixture(scope="package")
def receiver():
    with WebhookReceiver() as running:
        yield running


@pytest_asyncio.fixture(scope="package")
async def notifications(infra, mail, receiver, tokens):
    async with notifications_instance(infra, mail, tokens) as service:
        yield service


@contextlib.asynccontextmanager
async def notifications_instance(infra, mail, tokens, *, keep_schema: bool = False, **extra: str):
    """A notifications service with its own schema and consumer group (override either in `extra`)."""
    env = settings_env(
        infra, "notifications",
        NOTIFICATIONS_CONSUMER_GROUP=f"notifications-it-{uuid.uuid4().hex[:8]}",
        NOTIFICATIONS_ALLOW_HTTP_TARGETS="true",  # the receiver is a plain-http local server
        NOTIFICATIONS_RETRY_BASE_SECONDS="0.05",
        NOTIFICATIONS_RETRY_MAX_SECONDS="2",
        NOTIFICATIONS_DISPATCH_POLL_SECONDS="1",
        SMTP_HOST="127.0.0.1", SMTP_PORT=str(mail.port),
    ) | extra
    settings = NotificationsSettings(**env)
    # Its own consumer group, started at the topics' ends: no other copy of the service
    # shares its partitions, and other tests' old events are not mailed out again.
    watched = [topics.EVENTS_EVENT.name, topics.BILLING_ORDER.name, topics.REGISTRY_PARTNERSHIP.name,
               topics.REGISTRY_EXPERT.name, topics.REGISTRY_COOPERATION.name]
    await ensure_topics(infra.bootstrap_servers, settings.kafka_topic_partitions, watched)
    if "NOTIFICATIONS_CONSUMER_GROUP" not in extra:
        await start_group_at_end(infra.bootstrap_servers, settings.group_id, *watched)
    async with run_service(build, settings) as service:
        await store_key(service, tokens)
        tokens.seed_client(service.client, service.runtime.pool)  # test users' memberships, as from the registry
        service.operator = tokens.headers(operator=True)  # the client itself sends no token
        yield service
    if keep_schema:
        return
    conn = await asyncpg.connect(infra.database_url)
    try:
        await conn.execute(f'DROP SCHEMA "{settings.db_schema}" CASCADE')
    finally:
        await conn.close()


@pytest_asyncio.fixture(scope="package")
async def publish(infra, notifications):
    """Put an event on its topic as a producing service's outbox relay would."""
    producer = AIOKafkaProducer(bootstrap_servers=infra.bootstrap_servers, acks="all")
    await producer.start()

    async def send(event: Envelope) -> None:
        await producer.send_and_wait(
            topic_of(event).name, value=event.model_dump_json().encode(), key=str(event.aggregate_id).encode(),
            headers=[("event-type", event.type.encode()), ("content-type", b"application/json")],
        )

    yield send
    await producer.stop()
