"""HTTP models of the in-app feed."""

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class FeedItemRead(BaseModel):
    id: UUID
    message_id: UUID
    event_type: str
    title: str
    lines: list[str]
    created_at: datetime
    read_at: datetime | None


class MarkRead(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item_ids: list[UUID] | None = Field(None, max_length=500, description="omit to mark everything read")


class UnreadCount(BaseModel):
    unread: int = Field(ge=0, description="items not read yet")


class MarkedRead(BaseModel):
    marked: int = Field(ge=0, description="how many of the items were unread until now")
