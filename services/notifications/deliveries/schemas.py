"""HTTP response models of deliveries, their attempts and dead letters."""

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel

from services.notifications.deliveries.domain import Channel, DeliveryStatus


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
