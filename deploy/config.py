"""Where the native infrastructure lives and which ports it uses, read once from the environment."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
KAFKA_POM = REPO_ROOT / "deploy" / "kafka" / "pom.xml"
KAFKA_LOG_CONFIG = REPO_ROOT / "deploy" / "kafka" / "log4j2.properties"
# The pom is the one place that names the Kafka version; bootstrap.sh reads it the same way.
KAFKA_VERSION = re.search(r"<kafka.version>(.+?)</kafka.version>", KAFKA_POM.read_text()).group(1)
# The registry's first platform operator; the demo logs in as them. Placeholders are for development only.
OPERATOR_EMAIL = os.environ.get("REGISTRY_BOOTSTRAP_OPERATOR_EMAIL", "operator@example.org")
OPERATOR_PASSWORD = os.environ.get("REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD", "dev-operator-password")


@dataclass(frozen=True)
class InfraConfig:
    run_dir: Path
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    pg_port: int = 55432
    partitions: int = 6
    cache_dir: Path = Path.home() / ".cache" / "sparknet"

    @classmethod
    def from_env(cls, **overrides) -> InfraConfig:
        env = os.environ
        cfg = cls(
            run_dir=Path(env.get("SPARKNET_RUN_DIR", REPO_ROOT / ".run")),
            kafka_port=int(env.get("SPARKNET_KAFKA_PORT", 9092)),
            kafka_controller_port=int(env.get("SPARKNET_KAFKA_CONTROLLER_PORT", 9093)),
            pg_port=int(env.get("SPARKNET_PG_PORT", 55432)),
            partitions=int(env.get("SPARKNET_KAFKA_PARTITIONS", 6)),
            cache_dir=Path(env.get("SPARKNET_CACHE", Path.home() / ".cache" / "sparknet")),
        )
        overrides = {k: Path(v) if k in ("run_dir", "cache_dir") else v for k, v in overrides.items()}
        return replace(cfg, **overrides)

    @property
    def logs_dir(self) -> Path:
        return self.run_dir / "logs"

    @property
    def kafka_dir(self) -> Path:
        return self.run_dir / "kafka"

    @property
    def kafka_lib_dir(self) -> Path:
        return self.cache_dir / f"kafka-{KAFKA_VERSION}" / "lib"

    @property
    def kafka_jars_marker(self) -> Path:
        # Written by bootstrap.sh only after a complete copy, so a half-filled lib/ is never trusted.
        return self.cache_dir / f"kafka-{KAFKA_VERSION}" / "resolved"
