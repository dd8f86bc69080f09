"""HTTP response models of deliveries, their attempts and dead letters."""

from datetime import datetime
from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, Field

from services.notifications.deliveries.domain import Channel, DeliveryStatus
from services.notifications.deliveries.email import TEMPLATES

# Every email the service writes has its own folder of templates.
Template = StrEnum("Template", {d.name: d.name for d in sorted(TEMPLATES.iterdir()) if any(d.glob("*.txt"))},
                   module=__name__)
Template.__doc__ = "Which email a delivery writes"


class AttemptRead(BaseModel):
    number: int
    started_at: datetime
    duration_ms: int
    outcome: Literal["delivered", "failed"]
    status_code: int | None = Field(description="what the webhook receiver answered, if it answered")
    response: str | None = Field(description="the start of the receiver's answer")
    error: str | None


class DeliveryRead(BaseModel):
    id: UUID
    channel: Channel
    subscription_id: UUID | None
    recipient: str
    template: Template | None = Field(description="which email was written; webhooks send the event itself")
    message_id: UUID
    event_type: str = Field(description="the event's type, or the service's own: SubscriptionConfirmation, Digest")
    status: DeliveryStatus
    attempt_count: int
    next_attempt_at: datetime | None
    last_error: str | None
    delivered_at: datetime | None
    created_at: datetime
    updated_at: datetime


class DeliveryDetail(DeliveryRead):
    attempts: list[AttemptRead]
