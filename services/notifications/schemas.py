"""HTTP request and response models of the notifications API."""

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

from services.notifications.domain.deliveries import Channel, DeliveryStatus
from services.notifications.domain.subscriptions import SubscriptionStatus
from shared.contracts.events import EventKind


class FiltersIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    city: str | None = Field(None, min_length=1, max_length=200)
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    kind: EventKind | None = None


class SubscriptionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel: Literal["webhook"]
    url: HttpUrl = Field(max_length=2048, description="Where to POST; https outside development")
    event_types: list[str] = Field(min_length=1, max_length=50, examples=[["EventPublished"]])
    filters: FiltersIn = Field(default_factory=FiltersIn)


class SubscriptionRead(BaseModel):
    id: UUID
    channel: Literal["webhook"]
    url: str
    event_types: list[str]
    filters: dict[str, str]
    status: SubscriptionStatus
    status_reason: str | None
    created_at: datetime
    updated_at: datetime


class SubscriptionCreated(SubscriptionRead):
    secret: str = Field(description="Standard Webhooks signing secret; shown only in this response")


class AttemptRead(BaseModel):
    number: int
    started_at: datetime
    duration_ms: int
    outcome: Literal["delivered", "failed"]
    status_code: int | None
    response: str | None
    error: str | None


class DeliveryRead(BaseModel):
    id: UUID
    channel: Channel
    subscription_id: UUID | None
    recipient: str
    template: str | None
    message_id: UUID
    event_type: str
    status: DeliveryStatus
    attempt_count: int
    next_attempt_at: datetime | None
    last_error: str | None
    delivered_at: datetime | None
    created_at: datetime
    updated_at: datetime


class DeliveryDetail(DeliveryRead):
    attempts: list[AttemptRead]
