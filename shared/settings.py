"""Settings every service shares, read once from the environment.

Shared infrastructure variables are unprefixed (`DATABASE_URL`); a service's own
variables carry its name (`BILLING_HTTP_PORT`), so one `.env` can serve all four.
"""

from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]
DEFAULT_DATABASE_URL = "postgresql://sparknet:sparknet@127.0.0.1:55432/sparknet"


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    environment: Environment = Field("development", validation_alias="SPARKNET_ENV")
    kafka_bootstrap_servers: str = Field(
        "127.0.0.1:9092", validation_alias="KAFKA_BOOTSTRAP_SERVERS"
    )
    kafka_topic_partitions: int = Field(6, ge=1, validation_alias="KAFKA_TOPIC_PARTITIONS")
    database_url: str = Field(DEFAULT_DATABASE_URL, validation_alias="DATABASE_URL")
    http_host: str = Field("127.0.0.1", validation_alias="HTTP_HOST")
    otel_exporter: Literal["none", "console", "otlp"] = Field(
        "none", validation_alias="OTEL_TRACES_EXPORTER"
    )
    otel_endpoint: str | None = Field(None, validation_alias="OTEL_EXPORTER_OTLP_ENDPOINT")
    log_level: str = Field("INFO", validation_alias="LOG_LEVEL")
    consumer_max_attempts: int = Field(3, ge=1, validation_alias="CONSUMER_MAX_ATTEMPTS")

    # Each service overrides these with its own prefixed variables.
    service_name: str = "sparknet"
    http_port: int = 8000
    db_schema: str = "public"

    def require_real_secret(self, name: str, value: str) -> None:
        """Refuse to run outside development with a placeholder secret."""
        if self.environment != "development" and value.startswith("dev-"):
            raise ValueError(f"{name} must be set to a real secret outside development")


def placeholder_secret_check(*names: str):
    """A model validator refusing `dev-` placeholder secrets outside development."""

    @model_validator(mode="after")
    def _check(self):
        for name in names:
            self.require_real_secret(name.upper(), getattr(self, name))
        return self

    return _check
