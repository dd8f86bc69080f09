"""HTTP request model of a network announcement."""

from pydantic import BaseModel, ConfigDict, Field


class AnnouncementCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=5000)
