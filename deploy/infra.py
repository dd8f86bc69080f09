"""Native infrastructure for sparknet without Docker: one Kafka node and one PostgreSQL cluster.

    python -m deploy.infra up|down|status      (run deploy/bootstrap.sh once first)

KAFKA_BOOTSTRAP_SERVERS or DATABASE_URL, when set, name external servers: `up` then starts nothing for
that one and returns the variable. `down` always stops the processes we started.
"""

from __future__ import annotations

import json
import logging
import sys
from concurrent.futures import ThreadPoolExecutor

from deploy.config import InfraConfig
from deploy.kafka_broker import kafka_down, kafka_status, kafka_up
from deploy.postgres_server import postgres_down, postgres_status, postgres_up

__all__ = ["InfraConfig", "kafka_up", "kafka_down", "postgres_up", "postgres_down", "up", "down", "status"]


def up(cfg: InfraConfig) -> dict[str, str]:
    """Start both (each a no-op when already running); return the environment services need."""
    with ThreadPoolExecutor(max_workers=2) as pool:  # PostgreSQL initialises while the JVM boots
        kafka, postgres = pool.submit(kafka_up, cfg), pool.submit(postgres_up, cfg)
        return {"KAFKA_BOOTSTRAP_SERVERS": kafka.result(), "DATABASE_URL": postgres.result()}


def down(cfg: InfraConfig) -> None:
    try:
        kafka_down(cfg)
    finally:
        postgres_down(cfg)


def status(cfg: InfraConfig) -> dict:
    return {"kafka": kafka_status(cfg), "postgres": postgres_status(cfg)}


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="infra: %(message)s")
    command = argv[0] if len(argv) == 1 else None
    cfg = InfraConfig.from_env()
    if command == "up":
        for key, value in up(cfg).items():
            print(f"{key}={value}")  # shell-friendly: eval "$(python -m deploy.infra up)" sets both
    elif command == "down":
        down(cfg)
    elif command == "status":
        print(json.dumps(status(cfg), indent=2))
    else:
        print("usage: python -m deploy.infra up|down|status", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
