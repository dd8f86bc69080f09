"""The native launcher (deploy/infra.py) starts real Kafka and PostgreSQL, is idempotent, and stops cleanly.

Runs on its own ports and run_dir, so it coexists with a running platform and with the shared test infra.
The tests run in file order against one module-wide start; the last one stops everything.
"""

import asyncio
import os
import shutil
import signal
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from deploy import infra, postgres_cluster, postgres_server, processes
from deploy.config import InfraConfig

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]

AS_ROOT = os.geteuid() == 0


@pytest.fixture(scope="module")
def cfg():
    run_dir = Path(tempfile.mkdtemp(prefix="sparknet-infra-test-", dir="/tmp"))
    run_dir.chmod(0o755)  # mkdtemp's 0700 would send PostgreSQL to its fallback home when we are root
    config = InfraConfig.from_env(run_dir=run_dir, kafka_port=29092, kafka_controller_port=29093, pg_port=25432)
    with pytest.MonkeyPatch.context() as env:
        # These would make the launcher use external servers instead of starting its own.
        env.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
        env.delenv("DATABASE_URL", raising=False)
        yield config
        infra.down(config)
    shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def urls(cfg):
    return infra.up(cfg)


def test_up_returns_local_urls(urls):
    assert urls == {
        "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:29092",
        "DATABASE_URL": "postgresql://sparknet:sparknet@127.0.0.1:25432/sparknet",
    }


def test_second_up_is_a_noop(cfg, urls):
    pids_before = _our_pids(cfg)
    started = time.monotonic()
    assert infra.up(cfg) == urls
    assert time.monotonic() - started < 5
    assert _our_pids(cfg) == pids_before


def test_kafka_round_trip(urls):
    topic = f"infra-test-{uuid.uuid4().hex[:8]}"
    assert asyncio.run(_produce_and_consume(urls["KAFKA_BOOTSTRAP_SERVERS"], topic, b"hello")) == b"hello"


def test_postgres_answers_with_password_only(urls):
    assert asyncio.run(_select_one(urls["DATABASE_URL"])) == 1
    with pytest.raises(asyncpg.InvalidPasswordError):
        asyncio.run(_select_one(urls["DATABASE_URL"].replace(":sparknet@", ":wrong@")))


@pytest.mark.skipif(not AS_ROOT, reason="only meaningful when we are root")
def test_postgres_does_not_run_as_root(cfg, urls):
    pid = postgres_server.server_pid(cfg)
    assert os.stat(f"/proc/{pid}").st_uid != 0
    assert (cfg.run_dir / "pgdata").owner() == postgres_cluster.USER


def test_status_reports_healthy(cfg, urls):
    report = infra.status(cfg)
    for name, port in (("kafka", 29092), ("postgres", 25432)):
        assert report[name]["running"] and report[name]["healthy"], report
        assert report[name]["port"] == port and report[name]["pid"]


def test_down_leaves_nothing_running(cfg, urls):
    pids = _our_pids(cfg) | _children_of(postgres_server.server_pid(cfg))
    infra.down(cfg)
    assert [pid for pid in pids if processes.pid_alive(pid)] == []
    report = infra.status(cfg)
    assert not any(report[name]["running"] or report[name]["healthy"] for name in ("kafka", "postgres"))


def test_external_servers_are_used_as_given(tmp_path, monkeypatch):
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092")
    monkeypatch.setenv("DATABASE_URL", "postgresql://someone@db.example/app")
    assert infra.up(InfraConfig.from_env(run_dir=tmp_path)) == {
        "KAFKA_BOOTSTRAP_SERVERS": "kafka.example:9092",
        "DATABASE_URL": "postgresql://someone@db.example/app",
    }
    assert list(tmp_path.iterdir()) == []  # nothing started, nothing written


@pytest.mark.skipif(not AS_ROOT, reason="the fallback exists for a server user other than us")
def test_unreachable_run_dir_sends_postgres_to_a_fallback_home(tmp_path):
    hidden = tmp_path / "private"
    hidden.mkdir(mode=0o700)
    home = postgres_cluster.choose_home(InfraConfig.from_env(run_dir=hidden / "run"))
    assert home.parent == Path("/var/tmp") and home.name.startswith("sparknet-")


def test_stop_process_ends_the_whole_group(tmp_path):
    leader = processes.start_process("sleeper", ["sh", "-c", "sleep 60 & sleep 60"], None, tmp_path)
    assert processes.start_process("sleeper", ["false"], None, tmp_path) == leader  # already running: no-op
    helpers = _wait_for_children(leader)
    assert processes.process_running("sleeper", tmp_path) == leader
    assert processes.stop_process("sleeper", tmp_path, timeout=5)
    assert processes.process_running("sleeper", tmp_path) is None
    assert not any(processes.pid_alive(pid) for pid in helpers | {leader})


def test_stop_process_ends_a_group_that_lost_its_leader(tmp_path):
    leader = processes.start_process("orphans", ["sh", "-c", "sleep 60 & sleep 60"], None, tmp_path)
    helpers = _wait_for_children(leader)
    os.kill(leader, signal.SIGKILL)
    assert processes.stop_process("orphans", tmp_path, timeout=5)
    assert not any(processes.pid_alive(pid) for pid in helpers)


def _our_pids(cfg: InfraConfig) -> set[int]:
    return {processes.process_running("kafka", cfg.run_dir), postgres_server.server_pid(cfg)}


def _wait_for_children(parent: int) -> set[int]:
    deadline = time.monotonic() + 5
    while len(children := _children_of(parent)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert children
    return children


def _children_of(parent: int) -> set[int]:
    children = set()
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(parent):
                children.add(int(entry.name))
        except FileNotFoundError:
            continue
    return children


async def _produce_and_consume(bootstrap: str, topic: str, value: bytes) -> bytes:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=topic, auto_offset_reset="earliest")
    await consumer.start()
    try:
        return (await asyncio.wait_for(consumer.getone(), timeout=30)).value
    finally:
        await consumer.stop()


async def _select_one(database_url: str) -> int:
    connection = await asyncpg.connect(database_url)
    try:
        return await connection.fetchval("SELECT 1")
    finally:
        await connection.close()
