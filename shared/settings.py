"""Settings every service shares, read once from the environment.

Shared infrastructure variables are unprefixed (`DATABASE_URL`); a service's own
variables carry its name (`BILLING_HTTP_PORT`), so one `.env` can serve all four.
"""

from typing import ClassVar, Literal

from pydantic import Field, SecretStr, model_validator
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
    # Behind the reverse proxy each service lives at `<prefix>/<service name>/` (the proxy strips it), so
    # its /docs and OpenAPI `servers` carry the path the browser uses. Empty when reached directly.
    api_path_prefix: str = Field("", validation_alias="API_PATH_PREFIX", pattern=r"^(/[a-z0-9-]+)*$")
    # Whose X-Forwarded-For names the client (the proxy, the ingress): sign-in throttling counts its addresses.
    forwarded_allow_ips: str = Field("127.0.0.1,::1", validation_alias="FORWARDED_ALLOW_IPS")
    otel_exporter: Literal["none", "console", "otlp"] = Field(
        "none", validation_alias="OTEL_TRACES_EXPORTER"
    )
    otel_endpoint: str | None = Field(None, validation_alias="OTEL_EXPORTER_OTLP_ENDPOINT")  # the base URL
    otel_traces_endpoint: str | None = Field(None, validation_alias="OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
    log_level: str = Field("INFO", validation_alias="LOG_LEVEL")
    consumer_max_attempts: int = Field(3, ge=1, validation_alias="CONSUMER_MAX_ATTEMPTS")
    # A request body over this is refused with 413 before it is read (imports may allow more).
    http_max_body_bytes: int = Field(1024 * 1024, ge=1, validation_alias="HTTP_MAX_BODY_BYTES")

    # Each service overrides these with its own prefixed variables.
    service_name: str = "sparknet"
    http_port: int = 8000
    db_schema: str = "public"
    # The Kafka consumer group; unset, it follows the schema, since offsets belong with the inbox they feed.
    consumer_group: str | None = None

    # Fields holding secrets: a `dev-` placeholder in any of them is refused outside development.
    placeholder_secrets: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="after")
    def _real_secrets_outside_development(self) -> "ServiceSettings":
        for name in self.secrets_in_use():
            value = getattr(self, name)
            value = value.get_secret_value() if isinstance(value, SecretStr) else value
            if self.environment != "development" and value and value.startswith("dev-"):
                alias = type(self).model_fields[name].validation_alias or name.upper()
                raise ValueError(f"{alias} must be set to a real secret outside development")
        return self

    def secrets_in_use(self) -> tuple[str, ...]:
        """The `placeholder_secrets` this configuration uses (a feature turned off needs none)."""
        return self.placeholder_secrets

    @property
    def http_root_path(self) -> str:
        return f"{self.api_path_prefix}/{self.service_name}" if self.api_path_prefix else ""

    @property
    def group_id(self) -> str:
        return self.consumer_group or self.db_schema
