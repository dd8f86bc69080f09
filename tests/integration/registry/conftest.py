import uuid

import pytest

from services.registry.app import build
from services.registry.settings import RegistrySettings
from tests.integration.registry.helpers import OPERATOR_EMAIL, OPERATOR_PASSWORD, log_in
from harness.kafka import start_group_at_end
from harness.services import run_service, settings_env


@pytest.fixture(scope="package")
async def registry(infra):
    group = f"test-registry-{uuid.uuid4().hex[:6]}"
    await start_group_at_end(infra.bootstrap_servers, group, "events.event.v1")  # this run's events only
    env = settings_env(infra, "registry", REGISTRY_BOOTSTRAP_OPERATOR_EMAIL=OPERATOR_EMAIL,
                       REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD=OPERATOR_PASSWORD, REGISTRY_EXPIRY_INTERVAL_SECONDS="0.5",
                       REGISTRY_CONSUMER_GROUP=group)
    async with run_service(build, RegistrySettings(**env)) as service:
        yield service


@pytest.fixture(scope="package")
async def operator(registry) -> dict[str, str]:
    return await log_in(registry.client, OPERATOR_EMAIL, OPERATOR_PASSWORD)
