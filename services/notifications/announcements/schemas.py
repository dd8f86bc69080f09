"""HTTP models of a network announcement."""

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class AnnouncementCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=5000)


class Announced(BaseModel):
    message_id: UUID = Field(description="the announcement's message id, as its deliveries and feed items name it")
