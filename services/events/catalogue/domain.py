"""What a visitor searches the catalogue for: every field narrows the published events. No I/O."""

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from shared.contracts.events import EventKind


@dataclass(frozen=True)
class Search:
    text: str | None = None
    kind: EventKind | None = None
    city: str | None = None
    country: str | None = None
    starts_before: datetime | None = None  # the period's end ("to")
    ends_after: datetime | None = None  # the period's start ("from")
    language: str | None = None
    organiser: UUID | None = None  # an organising partnership or organisation, or a member of such a partnership
    network: str | None = None  # a registry network's id or name, or a partnership programme
    tags: tuple[str, ...] = field(default_factory=tuple)
    paid: bool | None = None
    with_seats: bool | None = None
