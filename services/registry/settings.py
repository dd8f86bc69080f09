from datetime import timedelta

from pydantic import Field

from shared.settings import ServiceSettings


class RegistrySettings(ServiceSettings):
    service_name: str = "registry"
    http_port: int = Field(8001, validation_alias="REGISTRY_HTTP_PORT")
    db_schema: str = Field("registry", validation_alias="REGISTRY_DB_SCHEMA")
    # The first platform operator, created (or its password reset) at start-up; empty email: none.
    bootstrap_operator_email: str = Field("operator@example.org", validation_alias="REGISTRY_BOOTSTRAP_OPERATOR_EMAIL")
    bootstrap_operator_password: str = Field(
        "dev-operator-password", validation_alias="REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD"
    )
    access_token_minutes: float = Field(15, gt=0, validation_alias="REGISTRY_ACCESS_TOKEN_MINUTES")
    api_token_max_days: int = Field(365, ge=1, validation_alias="REGISTRY_API_TOKEN_MAX_DAYS")
    # Browser sessions: a refresh token unused this long ends its session; no session outlives the maximum.
    refresh_token_days: float = Field(14, gt=0, validation_alias="REGISTRY_REFRESH_TOKEN_DAYS")
    session_max_days: float = Field(90, gt=0, validation_alias="REGISTRY_SESSION_MAX_DAYS")
    sign_in_attempts_per_account: int = Field(5, ge=1, validation_alias="REGISTRY_SIGN_IN_ATTEMPTS_PER_ACCOUNT")
    sign_in_attempts_per_address: int = Field(20, ge=1, validation_alias="REGISTRY_SIGN_IN_ATTEMPTS_PER_ADDRESS")
    sign_in_window_minutes: float = Field(15, gt=0, validation_alias="REGISTRY_SIGN_IN_WINDOW_MINUTES")
    # One-time links by e-mail (through notifications): confirming an address, resetting a password, invitations.
    verification_link_hours: float = Field(48, gt=0, validation_alias="REGISTRY_VERIFICATION_LINK_HOURS")
    password_reset_minutes: float = Field(60, gt=0, validation_alias="REGISTRY_PASSWORD_RESET_MINUTES")
    invitation_days: float = Field(7, gt=0, le=7, validation_alias="REGISTRY_INVITATION_DAYS")  # the topic keeps 7
    account_links_per_hour: int = Field(3, ge=1, validation_alias="REGISTRY_ACCOUNT_LINKS_PER_HOUR")
    expiry_interval_seconds: float = Field(30, gt=0, validation_alias="REGISTRY_EXPIRY_INTERVAL_SECONDS")
    # A whole spreadsheet in one request: more than the 1 MiB other bodies may have.
    import_max_body_bytes: int = Field(10 * 1024 * 1024, ge=1, validation_alias="REGISTRY_IMPORT_MAX_BODY_BYTES")
    # Events are learned from the events service's topic (joint events on the expert map).
    consumer_group: str | None = Field(None, validation_alias="REGISTRY_CONSUMER_GROUP")

    placeholder_secrets = ("bootstrap_operator_password",)

    def secrets_in_use(self) -> tuple[str, ...]:
        return self.placeholder_secrets if self.bootstrap_operator_email else ()

    @property
    def access_token_ttl(self) -> timedelta:
        return timedelta(minutes=self.access_token_minutes)

    @property
    def refresh_token_ttl(self) -> timedelta:
        return timedelta(days=self.refresh_token_days)

    @property
    def session_ttl(self) -> timedelta:
        return timedelta(days=self.session_max_days)

    @property
    def sign_in_window(self) -> timedelta:
        return timedelta(minutes=self.sign_in_window_minutes)

    @property
    def verification_link_ttl(self) -> timedelta:
        return timedelta(hours=self.verification_link_hours)

    @property
    def password_reset_link_ttl(self) -> timedelta:
        return timedelta(minutes=self.password_reset_minutes)

    @property
    def invitation_ttl(self) -> timedelta:
        return timedelta(days=self.invitation_days)

