"""The four services as separate processes on the shared test infrastructure, as in production: each its
own port, schema and consumer groups, the groups starting at the topics' current ends (this run's messages
only, whatever other tests left on the shared topics)."""

import uuid
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path

from deploy import proxy
from shared import topics
from harness.infra import Infra
from harness.kafka import start_group_at_end
from harness.processes import ServiceProcess
from harness.services import settings_env

SERVICE_NAMES = ("registry", "events", "billing", "notifications")


def platform_envs(infra: Infra, extra: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """Each service's environment: its own port and schema, served under the proxy's prefix as in
    production (reachable directly too), plus `extra[name]`."""
    return {name: settings_env(infra, name, API_PATH_PREFIX=proxy.API_PREFIX) | dict(extra.get(name, {}))
            for name in SERVICE_NAMES}


def port_of(envs: dict[str, dict[str, str]], name: str) -> int:
    return int(envs[name][f"{name.upper()}_HTTP_PORT"])


@asynccontextmanager
async def running_platform(infra: Infra, envs: dict[str, dict[str, str]], log_dir: Path
                           ) -> AsyncIterator[dict[str, ServiceProcess]]:
    run = uuid.uuid4().hex[:6]
    for name, env in envs.items():
        group = f"run-{name}-{run}"
        env[f"{name.upper()}_CONSUMER_GROUP"] = group
        await start_group_at_end(infra.bootstrap_servers, group, *topics.all_topic_names())
    services = {name: ServiceProcess(name, env, log_dir).start() for name, env in envs.items()}
    try:
        for service in services.values():
            service.wait_healthy()
        yield services
    finally:
        for service in services.values():
            service.stop()
