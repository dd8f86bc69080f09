"""The parts of an event's request bodies: texts, organisers, venue, agenda, quotas.

Unknown fields are refused (`extra="forbid"`) so a misspelt field is an error, not
silently a default. `title` and `description` take a plain string (English) or texts
by language: {"en": "...", "uk": "..."}; a PATCH merges them by language (`TEXTS_PATCH`).
An organiser names exactly one of `partnership_id` and `organisation_id`.
"""

from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from services.events.event import content
from services.events.event.content import Session
from services.events.event.fields import NOT_BLANK, Count, CountryCode, documented, whole_number
from shared.values import Timestamp

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300), NOT_BLANK]
ShortText = Annotated[str, StringConstraints(max_length=300), NOT_BLANK]
LongText = Annotated[str, Field(max_length=10_000), NOT_BLANK]
# Texts by language: keys ISO 639-1 codes (the domain names a wrong one precisely).
LanguageKey = Annotated[str, documented(pattern=content.LANGUAGE.pattern)]
BY_LANGUAGE = documented(additionalProperties=False)
Texts = Text | Annotated[dict[LanguageKey, ShortText], documented(additionalProperties=False, minProperties=1)]
LongTexts = LongText | Annotated[dict[LanguageKey, LongText], BY_LANGUAGE]
TextsPatchIn = Text | Annotated[dict[LanguageKey, ShortText | None], BY_LANGUAGE]
LongTextsPatchIn = LongText | Annotated[dict[LanguageKey, LongText | None], BY_LANGUAGE]
Slug = Annotated[str, StringConstraints(max_length=50)]
Tag = Annotated[str, StringConstraints(max_length=50), documented(pattern=content.TAG.pattern)]
TEXTS_PATCH = (
    "Merged by language: {\"uk\": \"...\"} sets the Ukrainian text and leaves the others as they are;"
    " {\"uk\": null} removes Ukrainian. A plain string is the English text only, as when drafting"
    " (other languages stay)."
)


def texts_of(value: str | dict[str, str] | None) -> dict[str, str]:
    """Texts by language from a plain string (English) or a mapping."""
    if value is None:
        return {}
    return {content.PRIMARY_LANGUAGE: value} if isinstance(value, str) else dict(value)


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _one_of_the_ids(named: str, other: str) -> dict:
    return {"required": [named], "properties": {named: {"type": "string", "format": "uuid"}, other: {"type": "null"}}}


class NamesOneOrganiser(Body):
    """A partnership or an organisation: exactly one of the two ids."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [
        _one_of_the_ids("partnership_id", "organisation_id"), _one_of_the_ids("organisation_id", "partnership_id"),
    ]})

    partnership_id: UUID | None = Field(None, description="A partnership the registry announced")
    organisation_id: UUID | None = Field(None, description="An organisation the registry announced, active")

    @model_validator(mode="after")
    def _exactly_one(self) -> "NamesOneOrganiser":
        if (self.partnership_id is None) == (self.organisation_id is None):
            raise ValueError("send exactly one of partnership_id and organisation_id")
        return self



class OrganiserIn(NamesOneOrganiser):
    """A co-organiser: a partnership, or an organisation organising on its own."""

    lead: bool = False
    revenue_share_bps: whole_number(ge=0, le=10_000) = Field(description="Basis points of ticket revenue")


class VenueIn(Body):
    address: Text
    city: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), NOT_BLANK]
    country: CountryCode


class SessionIn(Body):
    title: Text
    starts_at: Timestamp
    ends_at: Timestamp
    room: Text | None = Field(None, description="A room of the venue, or a stream")
    speakers: list[UUID] = Field([], description="Experts published by the registry")
    moderators: list[UUID] = []

    def to_domain(self) -> Session:
        return Session(title=self.title, starts_at=self.starts_at, ends_at=self.ends_at, room=self.room,
                       speakers=tuple(self.speakers), moderators=tuple(self.moderators))


class QuotaIn(Body):
    name: Slug
    capacity: Count
