"""HTTP request and response models of subscriptions."""

from datetime import datetime, time
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Security
from fastapi.security import APIKeyHeader
from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl, field_validator
from pydantic_core import PydanticCustomError

from services.notifications.subscriptions.domain import SubscriptionStatus
from services.notifications.subscriptions.schedule import check_timezone
from shared.contracts.events import EventKind
from shared import openapi
from shared.errors import DomainError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# An anonymous webhook endpoint manages its subscription with the secret it was given.
_SUBSCRIPTION_SECRET = openapi.reads_secret(APIKeyHeader(
    name="Subscription-Secret", scheme_name="subscriptionSecret", auto_error=False,
    description="An anonymous webhook subscription's secret, answered when it was created or rotated."))
SecretHeader = Annotated[str | None, Security(_SUBSCRIPTION_SECRET)]


class FiltersIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    city: str | None = Field(None, min_length=1, max_length=200)
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    kind: EventKind | None = None
    tags: list[str] | None = Field(None, min_length=1, max_length=20, description="matches any one")
    language: str | None = Field(None, pattern=r"^[a-z]{2}$", description="ISO 639-1")
    organiser: UUID | None = Field(None, description="a co-organising partnership's id")


class DigestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    frequency: Literal["immediate", "daily", "weekly"] = "immediate"
    at: str | None = Field(None, description="local time HH:MM (00:00–23:59) in `timezone`", examples=["08:30"])
    weekday: Literal[WEEKDAYS] | None = Field(None, description="for weekly digests")  # type: ignore[valid-type]
    timezone: str = Field("UTC", max_length=64, description="IANA time zone, e.g. Europe/Kyiv")

    @field_validator("at")
    @classmethod
    def _time_of_day(cls, value: str | None) -> str | None:
        if value is None:
            return None
        hours, sep, minutes = value.partition(":")
        if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
            raise PydanticCustomError("time_of_day", f"{value!r} is not a time of day; use HH:MM, e.g. 08:30")
        if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
            raise PydanticCustomError("time_of_day", f"{value!r} is out of range; use 00:00 to 23:59")
        return f"{int(hours):02d}:{minutes}"

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            check_timezone(value)
        except DomainError as error:
            raise PydanticCustomError("time_zone", error.message.removeprefix("digest.timezone: ")) from None
        return value

    @property
    def local_time(self) -> time | None:
        return time.fromisoformat(self.at) if self.at else None


class SubscriptionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel: Literal["webhook", "email", "in_app"]
    organisation_id: UUID | None = Field(None, description="subscribe for this organisation (its admins only)")
    expert_id: UUID | None = Field(None, description="subscribe for this expert (themselves or their admins)")
    url: HttpUrl | None = Field(None, max_length=2048, description="webhooks: where to POST; https outside development")
    email: EmailStr | None = Field(None, description="email: where to write; attendees confirm by a link")
    language: Literal["en", "uk", "de"] = Field("en", description="what emails and feed items are written in")
    event_types: list[str] = Field(min_length=1, max_length=50, examples=[["EventPublished"]])
    filters: FiltersIn = Field(default_factory=FiltersIn)
    involving_me: bool = Field(False, description="public events too only when they concern the subscriber")
    digest: DigestIn = Field(default_factory=DigestIn)


class SubscriberRead(BaseModel):
    kind: Literal["external", "organisation", "expert", "user", "attendee"]
    id: str | None


class DigestRead(BaseModel):
    frequency: Literal["immediate", "daily", "weekly"]
    at: str | None
    weekday: str | None
    timezone: str
    next_at: datetime | None


class SubscriptionRead(BaseModel):
    id: UUID
    channel: Literal["webhook", "email", "in_app"]
    url: str | None
    email: str | None
    subscriber: SubscriberRead
    language: str
    event_types: list[str]
    filters: dict[str, Any]
    involving_me: bool
    digest: DigestRead
    status: SubscriptionStatus
    status_reason: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, row: dict) -> "SubscriptionRead":
        """A stored subscription as the API shows it."""
        weekday = row["digest_weekday"]
        return cls(
            **{k: row[k] for k in ("id", "channel", "url", "email", "language", "event_types", "filters",
                                   "involving_me", "status", "status_reason", "created_at", "updated_at")},
            subscriber={"kind": row["owner_kind"], "id": row["owner_id"]},
            digest={"frequency": row["frequency"], "timezone": row["timezone"], "next_at": row["next_digest_at"],
                    "at": row["digest_at"].strftime("%H:%M") if row["digest_at"] else None,
                    "weekday": WEEKDAYS[weekday] if weekday is not None else None},
        )


class SubscriptionCreated(SubscriptionRead):
    secret: str | None = Field(None, description="webhooks: Standard Webhooks signing secret; shown only here")


class SecretRotated(BaseModel):
    secret: str = Field(description="the new signing secret; shown only in this response")
    previous_secret_expires_at: datetime = Field(description="until then both secrets sign every webhook")
