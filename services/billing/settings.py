from datetime import timedelta

from pydantic import Field, SecretStr

from shared.settings import ServiceSettings


class BillingSettings(ServiceSettings):
    service_name: str = "billing"
    http_port: int = Field(8003, validation_alias="BILLING_HTTP_PORT")
    db_schema: str = Field("billing", validation_alias="BILLING_DB_SCHEMA")
    # Minutes may be fractional so that tests can use holds of a second or two.
    hold_minutes: float = Field(15, gt=0, validation_alias="BILLING_HOLD_MINUTES")
    expiry_interval_seconds: float = Field(5, gt=0, validation_alias="BILLING_EXPIRY_INTERVAL_SECONDS")
    # How often seats held or sold at commit are announced (SeatsAvailabilityChanged), latest counters only.
    announce_interval_seconds: float = Field(0.2, gt=0, validation_alias="BILLING_ANNOUNCE_INTERVAL_SECONDS")
    public_url: str = Field("http://127.0.0.1:8003", validation_alias="BILLING_PUBLIC_URL")
    sandbox_webhook_secret: str = Field("dev-sandbox-secret", validation_alias="BILLING_SANDBOX_WEBHOOK_SECRET")
    # Keys the order links sent after checkout (the confirmation e-mail's); see orders/access.py.
    order_link_secret: SecretStr = Field(SecretStr("dev-order-link-secret"),
                                         validation_alias="BILLING_ORDER_LINK_SECRET")
    webhook_tolerance_seconds: int = Field(300, ge=1, validation_alias="BILLING_WEBHOOK_TOLERANCE_SECONDS")
    # HTTP worker processes; each is a full replica of the service (see __main__.py).
    http_workers: int = Field(1, ge=1, le=32, validation_alias="BILLING_HTTP_WORKERS")
    # The platform's cut of every sale, in basis points of what the buyer paid (500 = 5 %).
    platform_fee_bps: int = Field(500, ge=0, le=10_000, validation_alias="BILLING_PLATFORM_FEE_BPS")
    # Consumer offsets belong with the inbox they feed, so the group follows the schema by default.
    consumer_group: str | None = Field(None, validation_alias="BILLING_CONSUMER_GROUP")
    placeholder_secrets = ("sandbox_webhook_secret", "order_link_secret")

    @property
    def hold(self) -> timedelta:
        return timedelta(minutes=self.hold_minutes)

    @property
    def base_url(self) -> str:
        return self.public_url.rstrip("/")
