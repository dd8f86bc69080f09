"""Expert rules: a valid profile, who sees which field, the public event. No I/O."""

from dataclasses import dataclass, field, fields, replace
from enum import IntEnum
from uuid import UUID, uuid4

from services.registry.organisations import codes
from shared.contracts.registry import ExpertPublished, ExpertRole, ExpertWithdrawn
from shared.envelope import Envelope
from shared.errors import DomainError


class Audience(IntEnum):
    """Who is looking, from least to most trusted; a field shows to its level and above."""

    PUBLIC = 0
    NETWORK = 1  # anyone belonging to an organisation of the network, and operators
    PRIVATE = 2  # the expert, admins of their organisations, operators


LEVELS = {"public": Audience.PUBLIC, "network": Audience.NETWORK, "private": Audience.PRIVATE}
# Which profile fields each visibility key governs; name and affiliations are always public.
GOVERNED = {
    "bio": ("bio",), "location": ("city", "country"), "languages": ("languages",), "skills": ("skills",),
    "roles": ("roles",), "availability": ("available_remote", "availability"), "email": ("email",),
    "phone": ("phone",),
}
CONTACT = ("email", "phone")  # never public: people reach an expert through a cooperation request
DEFAULT_VISIBILITY = {"bio": "public", "location": "public", "languages": "public", "skills": "public",
                      "roles": "public", "availability": "network", "email": "private", "phone": "private"}


@dataclass
class Expert:
    name: str
    organisation_ids: tuple[UUID, ...]
    skills: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    roles: tuple[ExpertRole, ...] = ()
    city: str | None = None
    country: str | None = None
    available_remote: bool = False
    availability: str | None = None
    bio: str | None = None
    email: str | None = None
    phone: str | None = None
    visibility: dict[str, str] = field(default_factory=dict)
    user_id: UUID | None = None
    status: str = "published"
    id: UUID = field(default_factory=uuid4)
    events: list[Envelope] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.organisation_ids:
            raise DomainError("organisation_ids: an expert is affiliated with at least one organisation")
        if len(set(self.organisation_ids)) != len(self.organisation_ids):
            raise DomainError("organisation_ids: an organisation is listed only once")
        self.country = codes.country(self.country) if self.country else None
        self.languages = tuple(dict.fromkeys(codes.language(l, f"languages[{i}]") for i, l in enumerate(self.languages)))
        self.skills = tuple(dict.fromkeys(codes.slug(s, f"skills[{i}]") for i, s in enumerate(self.skills)))
        self.roles = tuple(dict.fromkeys(ExpertRole(r) for r in self.roles))
        self.visibility = _checked_visibility(self.visibility)

    @classmethod
    def register(cls, **fields) -> "Expert":
        expert = cls(**fields)
        expert.events.append(expert.published())
        return expert

    def changed(self, **changes) -> "Expert":
        if "visibility" in changes:
            changes["visibility"] = {**self.visibility, **changes["visibility"]}
        updated = replace(self, **changes, events=[])
        if any(getattr(updated, f.name) != getattr(self, f.name) for f in fields(self) if f.compare):
            updated.events.append(updated.published())
        return updated

    def withdrawn(self) -> "Expert":
        if self.status == "withdrawn":
            raise DomainError(f"expert {self.id} is already withdrawn", status=409)
        gone = replace(self, status="withdrawn", events=[])
        gone.events.append(ExpertWithdrawn(aggregate_id=self.id))
        return gone

    def visible_to(self, audience: Audience) -> dict:
        """The profile as `audience` sees it: hidden fields are absent, not empty."""
        hidden = {f for key, governed in GOVERNED.items() if LEVELS[self.visibility[key]] > audience for f in governed}
        profile = {f.name: getattr(self, f.name) for f in fields(self) if f.compare and f.name not in hidden}
        if audience < Audience.PRIVATE:
            profile.pop("visibility")
            profile.pop("user_id")
        return profile

    def published(self) -> ExpertPublished:
        public = self.visible_to(Audience.PUBLIC)
        return ExpertPublished(
            aggregate_id=self.id, name=self.name, organisation_ids=self.organisation_ids,
            skills=public.get("skills", ()), languages=public.get("languages", ()), roles=public.get("roles", ()),
            city=public.get("city"), country=public.get("country"),
        )


def _checked_visibility(requested: dict[str, str]) -> dict[str, str]:
    for key, level in requested.items():
        if key not in GOVERNED:
            raise DomainError(f"visibility.{key}: unknown field; one of {', '.join(GOVERNED)}")
        if level not in LEVELS:
            raise DomainError(f"visibility.{key}: must be public, network or private")
        if key in CONTACT and level == "public":
            raise DomainError(f"visibility.{key}: contact details are never public; use network or private")
    return {**DEFAULT_VISIBILITY, **requested}
