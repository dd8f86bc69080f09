from email.utils import parseaddr

from pydantic import Field, SecretStr, model_validator

from shared.settings import ServiceSettings


class NotificationsSettings(ServiceSettings):
    service_name: str = "notifications"
    http_port: int = Field(8004, validation_alias="NOTIFICATIONS_HTTP_PORT")
    db_schema: str = Field("notifications", validation_alias="NOTIFICATIONS_DB_SCHEMA")
    public_url: str = Field("http://127.0.0.1:8004", validation_alias="NOTIFICATIONS_PUBLIC_URL")
    # The web app's address: e-mails link to its pages (a buyer's order page) rather than to the API.
    web_url: str = Field("http://127.0.0.1:8080", validation_alias="NOTIFICATIONS_WEB_URL",
                         pattern=r"^https?://[^\s/?#]+(/[^\s?#]*)?$")
    # A stable group in production; tests give each service instance its own.
    consumer_group: str | None = Field(None, validation_alias="NOTIFICATIONS_CONSUMER_GROUP")

    smtp_host: str = Field("127.0.0.1", validation_alias="SMTP_HOST")
    smtp_port: int = Field(1025, ge=1, le=65535, validation_alias="SMTP_PORT")
    smtp_username: str | None = Field(None, validation_alias="SMTP_USERNAME")
    smtp_password: SecretStr | None = Field(None, validation_alias="SMTP_PASSWORD")
    smtp_starttls: bool = Field(False, validation_alias="SMTP_STARTTLS")
    smtp_timeout_seconds: float = Field(20, gt=0, le=300, validation_alias="SMTP_TIMEOUT_SECONDS")
    mail_from: str = Field("sparknet <no-reply@sparknet.local>", validation_alias="MAIL_FROM")

    # None means "decide by environment": convenient locally, strict in production.
    allow_private_targets: bool | None = Field(None, validation_alias="NOTIFICATIONS_ALLOW_PRIVATE_TARGETS")
    allow_http_targets: bool | None = Field(None, validation_alias="NOTIFICATIONS_ALLOW_HTTP_TARGETS")
    webhook_timeout_seconds: float = Field(5, gt=0, le=60, validation_alias="NOTIFICATIONS_WEBHOOK_TIMEOUT_SECONDS")
    # Kept-alive connections to one host at most: one receiver cannot take every sending slot.
    webhook_connections_per_host: int = Field(32, ge=1, le=256,
                                              validation_alias="NOTIFICATIONS_WEBHOOK_CONNECTIONS_PER_HOST")

    max_attempts: int = Field(5, ge=1, le=30, validation_alias="NOTIFICATIONS_MAX_ATTEMPTS")
    retry_base_seconds: float = Field(60, gt=0, validation_alias="NOTIFICATIONS_RETRY_BASE_SECONDS")
    retry_max_seconds: float = Field(6 * 3600, gt=0, validation_alias="NOTIFICATIONS_RETRY_MAX_SECONDS")
    dispatch_concurrency: int = Field(16, ge=1, le=256, validation_alias="NOTIFICATIONS_DISPATCH_CONCURRENCY")
    dispatch_poll_seconds: float = Field(15, gt=0, validation_alias="NOTIFICATIONS_DISPATCH_POLL_SECONDS")
    # Per webhook endpoint and instance: what one receiver gets from us at most.
    endpoint_rate_per_second: float = Field(50, gt=0, validation_alias="NOTIFICATIONS_ENDPOINT_RATE_PER_SECOND")
    endpoint_burst: float = Field(100, ge=1, validation_alias="NOTIFICATIONS_ENDPOINT_BURST")
    digest_poll_seconds: float = Field(30, gt=0, validation_alias="NOTIFICATIONS_DIGEST_POLL_SECONDS")

    @model_validator(mode="after")
    def _resolve_and_check(self) -> "NotificationsSettings":
        if self.allow_private_targets is None:
            self.allow_private_targets = self.environment in ("development", "test")
        if self.allow_http_targets is None:
            self.allow_http_targets = self.environment == "development"
        if "@" not in parseaddr(self.mail_from)[1]:
            raise ValueError("MAIL_FROM must be an address, e.g. 'sparknet <no-reply@example.org>'")
        if (self.smtp_username is None) != (self.smtp_password is None):
            raise ValueError("SMTP_USERNAME and SMTP_PASSWORD must be set together")
        if self.smtp_username and not self.smtp_starttls and self.environment == "production":
            raise ValueError("SMTP login needs SMTP_STARTTLS=true in production: the password would travel in clear")
        return self

    @property
    def delivery_lease_seconds(self) -> float:
        """How long a claimed delivery stays invisible: longer than any send can take."""
        return 2 * max(self.webhook_timeout_seconds, self.smtp_timeout_seconds) + 30
