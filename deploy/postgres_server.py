"""A private PostgreSQL server for sparknet: its own cluster, port and socket, never the system's cluster.
Where the cluster lives and how it is made: deploy/postgres_cluster.py."""

from __future__ import annotations

import os
from pathlib import Path

import asyncpg

from deploy import processes, probes
from deploy.config import InfraConfig
from deploy.postgres_cluster import PASSWORD, USER, cluster_home, pg_bin, prepare_cluster, run_as_server_user

DATABASE = "sparknet"


def database_url(cfg: InfraConfig, database: str = DATABASE) -> str:
    return f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{cfg.pg_port}/{database}"


def postgres_up(cfg: InfraConfig) -> str:
    """Start the server unless it already runs; return the DATABASE_URL of database `sparknet`."""
    if external := os.environ.get("DATABASE_URL"):
        return external
    if server_pid(cfg) is None:
        _start(prepare_cluster(cfg))
    probes.run_sync(_create_database_once(cfg))
    return database_url(cfg)


def postgres_down(cfg: InfraConfig) -> None:
    if (pid := server_pid(cfg)) is None:
        return
    try:
        _pg_ctl(cluster_home(cfg), "stop", "-w", "-m", "fast")
    finally:
        processes.stop_pid(pid)  # no-op once pg_ctl has stopped it; the last resort if it could not


def postgres_status(cfg: InfraConfig) -> dict:
    url = os.environ.get("DATABASE_URL") or database_url(cfg)
    pid = server_pid(cfg)
    healthy = probes.run_sync(probes.postgres_answers(url, timeout=3.0))
    return {"running": pid is not None, "pid": pid, "port": cfg.pg_port, "healthy": healthy,
            "database_url": url, "data_dir": str(cluster_home(cfg) / "pgdata")}


def server_pid(cfg: InfraConfig) -> int | None:
    # postmaster.pid outlives a crash, hence the check that its pid is still the postmaster's.
    return processes.live_pid_in(cluster_home(cfg) / "pgdata" / "postmaster.pid")


def _start(home: Path) -> None:
    server_log = home / "logs" / "postgres.log"
    try:
        _pg_ctl(home, "start", "-w", "-t", "60", "-l", str(server_log))
    except RuntimeError as failure:
        tail = "\n".join(server_log.read_text(errors="replace").splitlines()[-20:])
        raise RuntimeError(f"{failure}\nlog tail ({server_log}):\n{tail}") from None


def _pg_ctl(home: Path, *args: str) -> None:
    data = home / "pgdata"
    run_as_server_user([pg_bin(data, "pg_ctl"), *args, "-s", "-D", str(data)], cwd=home)


async def _create_database_once(cfg: InfraConfig) -> None:
    connection = await asyncpg.connect(database_url(cfg, "postgres"), timeout=10)
    try:
        if not await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", DATABASE):
            await connection.execute(f'CREATE DATABASE "{DATABASE}" OWNER "{USER}"')
    finally:
        await connection.close()
