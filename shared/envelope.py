"""The envelope every event on the bus carries, whatever its producer."""

from datetime import UTC, datetime
from typing import Annotated
from uuid import UUID, uuid4

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field


def _in_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


UtcDatetime = Annotated[AwareDatetime, AfterValidator(_in_utc)]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Envelope(BaseModel):
    """Fields common to every event; subclasses add `type` (a Literal) and their data.

    `message_id` is the event's own id (consumers deduplicate on it; it is named so
    to keep `event_id` free for sparknet's events, the seminars and festivals).
    `aggregate_id` is the Kafka key, so all events of one aggregate land on one
    partition, in order. `traceparent` carries the W3C trace context across the bus.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    message_id: UUID = Field(default_factory=uuid4)
    type: str
    schema_version: int = 1
    occurred_at: UtcDatetime = Field(default_factory=utc_now)
    aggregate_id: UUID
    producer: str
    traceparent: str | None = None
    tracestate: str | None = None
