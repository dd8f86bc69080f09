from pydantic import Field

from shared.settings import ServiceSettings


class EventsSettings(ServiceSettings):
    service_name: str = "events"
    http_port: int = Field(8002, validation_alias="EVENTS_HTTP_PORT")
    db_schema: str = Field("events", validation_alias="EVENTS_DB_SCHEMA")
    # The Kafka consumer group; a test running its own copy of the service sets its own.
    consumer_group: str | None = Field(None, validation_alias="EVENTS_CONSUMER_GROUP")
