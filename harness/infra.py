"""Where the tests find Kafka and PostgreSQL.

Existing servers when KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL are set; else
testcontainers when a Docker engine answers; else the native launcher on test ports
so that a running platform and the tests coexist.
"""

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Infra:
    bootstrap_servers: str
    database_url: str


def _docker_engine_available() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "info"], capture_output=True, timeout=20)
    return probe.returncode == 0


@contextmanager
def _containers() -> Iterator[Infra]:
    from testcontainers.kafka import KafkaContainer
    from testcontainers.postgres import PostgresContainer

    with KafkaContainer("apache/kafka:4.1.1").with_kraft() as kafka, PostgresContainer("postgres:15") as pg:
        url = pg.get_connection_url().replace("postgresql+psycopg2://", "postgresql://")
        yield Infra(kafka.get_bootstrap_server(), url)


@dataclass(frozen=True)
class NativePorts:
    kafka: int
    kafka_controller: int
    postgres: int


TEST_PORTS = NativePorts(19092, 19093, 15432)
BENCHMARK_PORTS = NativePorts(29192, 29193, 25532)


@contextmanager
def _native(name: str, ports: NativePorts) -> Iterator[Infra]:
    from deploy import infra

    cfg = infra.InfraConfig.from_env(
        run_dir=Path(os.environ.get("SPARKNET_TEST_RUN_DIR", REPO / ".run" / name)),
        kafka_port=ports.kafka,
        kafka_controller_port=ports.kafka_controller,
        pg_port=ports.postgres,
    )
    already_running = infra.status(cfg)
    bootstrap = infra.kafka_up(cfg)
    database_url = infra.postgres_up(cfg)
    try:
        yield Infra(bootstrap, database_url)
    finally:
        # Stop only what this session started: servers someone else runs stay up.
        if os.environ.get("SPARKNET_KEEP_TEST_INFRA") != "1":
            if not already_running["kafka"]["running"]:
                infra.kafka_down(cfg)
            if not already_running["postgres"]["running"]:
                infra.postgres_down(cfg)


@contextmanager
def provide_infra(name: str = "test", ports: NativePorts = TEST_PORTS) -> Iterator[Infra]:
    """`name` and `ports` pick a native set of servers of its own (tests, benchmarks)."""
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    database_url = os.environ.get("DATABASE_URL")
    if bootstrap and database_url:
        yield Infra(bootstrap, database_url)
    elif _docker_engine_available():
        with _containers() as infra:
            yield infra
    else:
        with _native(name, ports) as infra:
            yield infra
