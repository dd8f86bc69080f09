"""The parts of an event's request bodies: texts, organisers, venue, agenda, quotas.

Unknown fields are refused (`extra="forbid"`) so a misspelt field is an error, not
silently a default. `title` and `description` take a plain string (English) or texts
by language: {"en": "...", "uk": "..."}; a PATCH merges them by language (`TEXTS_PATCH`).
An organiser names exactly one of `partnership_id` and `organisation_id`.
"""

from typing import Annotated
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from services.events.event import content
from services.events.event.content import Session

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Texts = Text | dict[str, Annotated[str, StringConstraints(max_length=300)]]
LongTexts = Annotated[str, Field(max_length=10_000)] | dict[str, Annotated[str, Field(max_length=10_000)]]
Slug = Annotated[str, StringConstraints(max_length=50)]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
TextsPatchIn = Text | dict[str, Annotated[str, StringConstraints(max_length=300)] | None]
LongTextsPatchIn = (Annotated[str, Field(max_length=10_000)]
                    | dict[str, Annotated[str, Field(max_length=10_000)] | None])
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


class NamesOneOrganiser(Body):
    """A partnership or an organisation: exactly one of the two ids."""

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
    revenue_share_bps: int = Field(ge=0, le=10_000, description="Basis points of ticket revenue")


class VenueIn(Body):
    address: Text
    city: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")


class SessionIn(Body):
    title: Text
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    room: Text | None = Field(None, description="A room of the venue, or a stream")
    speakers: list[UUID] = Field([], description="Experts published by the registry")
    moderators: list[UUID] = []

    def to_domain(self) -> Session:
        return Session(title=self.title, starts_at=self.starts_at, ends_at=self.ends_at, room=self.room,
                       speakers=tuple(self.speakers), moderators=tuple(self.moderators))


class QuotaIn(Body):
    name: Slug
    capacity: int = Field(ge=1)
