"""What an event says about itself: texts in several languages, audience, agenda. No I/O.

Texts are kept by ISO 639-1 language; the primary text (English when given, else the
first) is what single-language readers such as billing's emails get as `title`.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from uuid import UUID, uuid4

from services.events.event.values import Schedule
from shared.errors import DomainError

LANGUAGE = re.compile(r"^[a-z]{2}$")
TAG = re.compile(r"^[a-z0-9][a-z0-9-]{0,49}$")
PRIMARY_LANGUAGE = "en"


class Audience(StrEnum):
    STUDENTS = "students"
    TEACHERS = "teachers"
    BUSINESSES = "businesses"
    PUBLIC = "public"


def texts(name: str, values: Mapping[str, str], *, required: bool) -> dict[str, str]:
    """Texts by language: keys ISO 639-1 codes, values non-empty once stripped."""
    if required and not values:
        raise DomainError(f"{name}: at least one language is needed, e.g. {{\"en\": \"...\", \"uk\": \"...\"}}")
    cleaned = {}
    for language, text in values.items():
        if not LANGUAGE.match(language):
            raise DomainError(f"{name}.{language}: not an ISO 639-1 language code like 'en' or 'uk'")
        if not text.strip():
            raise DomainError(f"{name}.{language}: must not be blank")
        cleaned[language] = text.strip()
    return cleaned


@dataclass(frozen=True)
class TextsPatch:
    """A change to texts by language, as a JSON merge patch (RFC 7396): a text sets its language,
    None removes it, languages not named stay as they are."""

    name: str  # the field, for messages: title or description
    changes: Mapping[str, str | None]

    def __post_init__(self) -> None:
        for language in self.changes:
            if not LANGUAGE.match(language):
                raise DomainError(f"{self.name}.{language}: not an ISO 639-1 language code like 'en' or 'uk'")

    def applied_to(self, current: Mapping[str, str]) -> dict[str, str]:
        merged = {**current, **{lang: text for lang, text in self.changes.items() if text is not None}}
        return {lang: text for lang, text in merged.items() if self.changes.get(lang, text) is not None}

    def against(self, current: Mapping[str, str]) -> dict[str, str | None]:
        """What really changes: the languages given a new text, or removed (None)."""
        stripped = {lang: text and text.strip() for lang, text in self.changes.items()}
        return {lang: text for lang, text in stripped.items() if current.get(lang) != text}


def primary(values: Mapping[str, str]) -> str | None:
    if not values:
        return None
    return values.get(PRIMARY_LANGUAGE) or next(iter(values.values()))


def in_language(values: Mapping[str, str], language: str | None) -> str | None:
    """The text in `language` if there is one, else the primary text."""
    return values.get(language) if language in values else primary(values)


def codes(name: str, values: Sequence[str], pattern: re.Pattern, what: str) -> tuple[str, ...]:
    for i, value in enumerate(values):
        if not pattern.match(value):
            raise DomainError(f"{name}[{i}]: {value!r} is not {what}")
    return tuple(dict.fromkeys(values))  # in order, without repeats


@dataclass(frozen=True)
class Session:
    """One slot of the agenda; speakers and moderators are the registry's expert ids."""

    title: str
    starts_at: datetime
    ends_at: datetime
    room: str | None = None  # a room of the venue, or a stream's name for an online event
    speakers: tuple[UUID, ...] = ()
    moderators: tuple[UUID, ...] = ()
    id: UUID = field(default_factory=uuid4)

    def __post_init__(self) -> None:
        for name in ("starts_at", "ends_at"):
            if getattr(self, name).utcoffset() is None:
                raise DomainError(f"{name}: must carry a UTC offset")
            object.__setattr__(self, name, getattr(self, name).astimezone(UTC))

    @property
    def experts(self) -> tuple[UUID, ...]:
        return self.speakers + self.moderators

    def check(self, schedule: Schedule) -> None:
        if self.ends_at <= self.starts_at:
            raise DomainError(f"ends_at: must be after starts_at ({self.starts_at.isoformat()})")
        if self.starts_at < schedule.starts_at or self.ends_at > schedule.ends_at:
            raise DomainError(
                f"starts_at: the session must take place within the event"
                f" ({schedule.starts_at.isoformat()} to {schedule.ends_at.isoformat()})"
            )

    def shifted(self, delta: timedelta) -> "Session":
        return Session(title=self.title, starts_at=self.starts_at + delta, ends_at=self.ends_at + delta,
                       room=self.room, speakers=self.speakers, moderators=self.moderators, id=self.id)
