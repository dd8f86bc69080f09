"""HTTP request and response models of subscriptions."""

import re
from datetime import datetime, time
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Security
from fastapi.security import APIKeyHeader
from pydantic import (BaseModel, BeforeValidator, ConfigDict, EmailStr, Field, HttpUrl, SerializerFunctionWrapHandler,
                      field_validator, model_serializer)
from pydantic_core import PydanticCustomError

from services.notifications.subscriptions.catalogue import EventType, check_known
from services.notifications.subscriptions.domain import SubscriptionStatus
from shared.contracts.events import EventKind
from shared import openapi
from shared.errors import DomainError
from shared.values import Country, Language, TimeZone

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# An anonymous webhook endpoint manages its subscription with the secret it was given.
_SUBSCRIPTION_SECRET = openapi.reads_secret(APIKeyHeader(
    name="Subscription-Secret", scheme_name="subscriptionSecret", auto_error=False,
    description="An anonymous webhook subscription's secret, answered when it was created or rotated."))
SecretHeader = Annotated[str | None, Security(_SUBSCRIPTION_SECRET)]
Frequency = Literal["immediate", "daily", "weekly"]
Weekday = Literal[WEEKDAYS]  # type: ignore[valid-type]
WrittenIn = Literal["en", "uk", "de"]
_HH_MM = re.compile(r"[0-9]{1,2}:[0-9]{2}")
_IN_RANGE = "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"


def _known(values: type[StrEnum], what: str, example: str) -> BeforeValidator:
    """Refuses a code outside `values` in one short sentence, not by listing hundreds of them."""

    def check(value: Any) -> Any:
        if isinstance(value, str) and value not in values._value2member_map_:
            raise PydanticCustomError("unknown_code", f"unknown {what} {value!r}; use {example}")
        return value

    return BeforeValidator(check)


def _catalogued(value: Any) -> Any:
    # The catalogue's own message names every unknown type at once, and the known ones.
    if isinstance(value, list) and all(isinstance(t, str) for t in value):
        try:
            check_known(value)
        except DomainError as error:
            raise PydanticCustomError("event_type", error.message.removeprefix("event_types: ")) from None
    return value


KnownTimeZone = Annotated[TimeZone, _known(TimeZone, "time zone", "an IANA name such as 'Europe/Kyiv'")]
KnownCountry = Annotated[Country, _known(Country, "country", "an ISO 3166-1 alpha-2 code such as 'UA'")]
KnownLanguage = Annotated[Language, _known(Language, "language", "an ISO 639-1 code such as 'uk'")]


class FiltersIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    city: str | None = Field(None, min_length=1, max_length=200)
    country: KnownCountry | None = Field(None, description="ISO 3166-1 alpha-2, upper case")
    kind: EventKind | None = None
    tags: list[str] | None = Field(None, min_length=1, max_length=20, description="matches any one")
    language: KnownLanguage | None = Field(None, description="ISO 639-1, lower case")
    organiser: UUID | None = Field(None, description="a co-organising partnership's id")


class DigestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    frequency: Frequency = "immediate"
    at: str | None = Field(None, description="local time HH:MM (00:00–23:59) in `timezone`; needed unless"
                                             " `frequency` is immediate", examples=["08:30"],
                           json_schema_extra={"pattern": _IN_RANGE})  # for clients; the validator says what is wrong
    weekday: Weekday | None = Field(None, description="needed for weekly digests")
    timezone: KnownTimeZone = Field(TimeZone.UTC, description="IANA time zone, e.g. Europe/Kyiv")

    @field_validator("at")
    @classmethod
    def _time_of_day(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not _HH_MM.fullmatch(value):
            raise PydanticCustomError("time_of_day", f"{value!r} is not a time of day; use HH:MM, e.g. 08:30")
        hours, _, minutes = value.partition(":")
        if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
            raise PydanticCustomError("time_of_day", f"{value!r} is out of range; use 00:00 to 23:59")
        return f"{int(hours):02d}:{minutes}"

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
    language: WrittenIn = Field("en", description="what emails and feed items are written in")
    event_types: Annotated[list[EventType], BeforeValidator(_catalogued)] = Field(
        min_length=1, max_length=50, examples=[["EventPublished"]],
        description="which kinds of events; each subscriber is offered only some of them (webhooks the public ones)")
    filters: FiltersIn = Field(default_factory=FiltersIn)
    involving_me: bool = Field(False, description="public events too only when they concern the subscriber")
    digest: DigestIn = Field(default_factory=DigestIn)


class SubscriberRead(BaseModel):
    kind: Literal["external", "organisation", "expert", "user", "attendee"]
    id: str | None


class FiltersRead(BaseModel):
    """Only the filters set are shown."""

    city: str | None = None
    country: Country | None = None
    kind: EventKind | None = None
    tags: list[str] | None = None
    language: Language | None = None
    organiser: UUID | None = None

    @model_serializer(mode="wrap")
    def _only_set(self, serialize: SerializerFunctionWrapHandler):  # no return type: the schema stays the fields
        return {name: value for name, value in serialize(self).items() if value is not None}


class DigestRead(BaseModel):
    frequency: Frequency
    at: str | None = Field(description="local time HH:MM")
    weekday: Weekday | None
    timezone: TimeZone
    next_at: datetime | None


class SubscriptionRead(BaseModel):
    id: UUID
    channel: Literal["webhook", "email", "in_app"]
    url: str | None
    email: str | None
    subscriber: SubscriberRead
    language: WrittenIn
    event_types: list[EventType]
    filters: FiltersRead
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
