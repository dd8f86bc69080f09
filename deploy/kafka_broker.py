"""One local Kafka node in KRaft mode (broker and controller in one JVM), run from Maven-resolved jars.

shared/KAFKA.md's recipe, as it ran here with Kafka 4.1.1 on Java 17 (2 cores):
  - format once with `kafka.tools.StorageTool format --standalone -t <id> -c server.properties` (~1 s);
    restarting with another controller port still works, as the standalone voter set follows the config;
  - the cluster id is made here the way `StorageTool random-uuid` makes it, saving one JVM start;
  - heap 256-768 MB instead of the recipe's 512 MB-1 GB: plenty for tests and a dev platform;
  - no -Dkafka.logs.dir: our log4j2.properties has no file appender, stderr goes to logs/kafka.log;
  - ready (lists topics) 3-5 s after launch, longer on a busy machine; SIGTERM stops it in 0.5-2 s.
"""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import time
import uuid

from deploy import processes, probes
from deploy.config import KAFKA_LOG_CONFIG, InfraConfig

NAME = "kafka"
READY_TIMEOUT = 90.0
JVM_OPTIONS = ["-Xms256m", "-Xmx768m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true"]


def kafka_up(cfg: InfraConfig) -> str:
    """Start the broker unless it already runs; return its bootstrap servers."""
    if external := os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        return external
    bootstrap = f"127.0.0.1:{cfg.kafka_port}"
    if not processes.process_running(NAME, cfg.run_dir):
        _require_jars(cfg)
        _require_free_ports(cfg)
        _write_server_properties(cfg)
        _format_storage_once(cfg)
        processes.start_process(NAME, _java(cfg, "kafka.Kafka", str(cfg.kafka_dir / "server.properties")),
                                None, cfg.run_dir, cwd=cfg.kafka_dir)
    probes.run_sync(_wait_ready(cfg, bootstrap))
    return bootstrap


def kafka_down(cfg: InfraConfig) -> None:
    processes.stop_process(NAME, cfg.run_dir, timeout=20.0)


def kafka_status(cfg: InfraConfig) -> dict:
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or f"127.0.0.1:{cfg.kafka_port}"
    pid = processes.process_running(NAME, cfg.run_dir)
    healthy = probes.run_sync(probes.kafka_answers(bootstrap, timeout=3.0))
    return {"running": pid is not None, "pid": pid, "port": cfg.kafka_port, "healthy": healthy,
            "bootstrap_servers": bootstrap}


def _java(cfg: InfraConfig, main_class: str, *args: str) -> list[str]:
    classpath = f"{cfg.kafka_lib_dir}/*"  # the JVM expands the wildcard itself
    return ["java", *JVM_OPTIONS, f"-Dlog4j2.configurationFile={KAFKA_LOG_CONFIG}",
            "-cp", classpath, main_class, *args]


def _require_jars(cfg: InfraConfig) -> None:
    if not cfg.kafka_jars_marker.exists():
        raise RuntimeError(f"Kafka jars missing in {cfg.kafka_lib_dir}: run deploy/bootstrap.sh first")


def _require_free_ports(cfg: InfraConfig) -> None:
    for port in (cfg.kafka_port, cfg.kafka_controller_port):
        if probes.port_open(port):
            raise RuntimeError(f"port {port} is taken by a process that is not our Kafka ({cfg.run_dir})")


def _write_server_properties(cfg: InfraConfig) -> None:
    broker, controller = f"127.0.0.1:{cfg.kafka_port}", f"127.0.0.1:{cfg.kafka_controller_port}"
    settings = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.bootstrap.servers": controller,
        "listeners": f"PLAINTEXT://{broker},CONTROLLER://{controller}",
        "advertised.listeners": f"PLAINTEXT://{broker},CONTROLLER://{controller}",
        "inter.broker.listener.name": "PLAINTEXT",
        "controller.listener.names": "CONTROLLER",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": str(cfg.kafka_dir / "data"),
        "num.partitions": str(cfg.partitions),
        # A single node can hold one copy of each internal topic only.
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",  # consumers in tests join at once
    }
    cfg.kafka_dir.mkdir(parents=True, exist_ok=True)
    (cfg.kafka_dir / "server.properties").write_text("".join(f"{k}={v}\n" for k, v in settings.items()))


def _format_storage_once(cfg: InfraConfig) -> None:
    if (cfg.kafka_dir / "data" / "meta.properties").exists():
        return
    id_file = cfg.kafka_dir / "cluster.id"
    if not id_file.exists():  # kept: formatting again with another id would reject the existing data
        id_file.write_text(_random_cluster_id() + "\n")
    argv = _java(cfg, "kafka.tools.StorageTool", "format", "--standalone", "-t", id_file.read_text().strip(),
                 "-c", str(cfg.kafka_dir / "server.properties"))
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"formatting Kafka storage failed:\n{done.stdout}{done.stderr}")


def _random_cluster_id() -> str:
    # Kafka's Uuid text form: 16 random bytes, URL-safe base64 without padding, never starting with '-'.
    while (text := base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")).startswith("-"):
        pass
    return text


async def _wait_ready(cfg: InfraConfig, bootstrap: str) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if not processes.process_running(NAME, cfg.run_dir):
            raise RuntimeError(f"Kafka exited during start; log tail:\n{_log_tail(cfg)}")
        if probes.port_open(cfg.kafka_port) and await probes.kafka_answers(bootstrap, timeout=3.0):
            return
        await asyncio.sleep(0.3)
    raise TimeoutError(f"Kafka not ready after {READY_TIMEOUT:.0f} s; log tail:\n{_log_tail(cfg)}")


def _log_tail(cfg: InfraConfig, lines: int = 30) -> str:
    log = processes.log_file(NAME, cfg.run_dir)
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else "(no log)"
