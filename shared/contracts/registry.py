"""Events the registry publishes: who is in the network."""

from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from shared.envelope import Envelope


class OrganisationKind(StrEnum):
    UNIVERSITY = "university"
    COLLEGE = "college"
    BUSINESS = "business"
    IT_CLUSTER = "it_cluster"
    NGO = "ngo"
    CULTURAL_INSTITUTE = "cultural_institute"
    PUBLIC_BODY = "public_body"
    DONOR = "donor"


class MemberRole(StrEnum):
    LEAD = "lead"
    PARTNER = "partner"
    ASSOCIATE = "associate"


class RegistryEvent(Envelope):
    producer: Literal["registry"] = "registry"


class OrganisationRegistered(RegistryEvent):
    type: Literal["OrganisationRegistered"] = "OrganisationRegistered"
    name: str
    kind: OrganisationKind
    country: str
    city: str


class PartnershipMember(BaseModel):
    model_config = ConfigDict(frozen=True)

    organisation_id: UUID
    role: MemberRole


class PartnershipFormed(RegistryEvent):
    type: Literal["PartnershipFormed"] = "PartnershipFormed"
    name: str
    programme: str | None = None
    members: tuple[PartnershipMember, ...]


class SigningKeyPublished(RegistryEvent):
    """A public key that signs access tokens; keyed by the key's id (`kid`)."""

    type: Literal["SigningKeyPublished"] = "SigningKeyPublished"
    kid: str
    algorithm: str
    public_jwk: dict[str, str]


class ApiTokenRevoked(RegistryEvent):
    """A long-lived API token (a JWT with this `jti`) must be refused from now on."""

    type: Literal["ApiTokenRevoked"] = "ApiTokenRevoked"
    token_id: UUID


class ExpertRole(StrEnum):
    COACH = "coach"
    TRAINER = "trainer"
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    FACILITATOR = "facilitator"
    MENTOR = "mentor"


class ExpertPublished(RegistryEvent):
    """An expert's public profile, (re)published whenever it changes: no contact details."""

    type: Literal["ExpertPublished"] = "ExpertPublished"
    name: str
    organisation_ids: tuple[UUID, ...] = ()
    skills: tuple[str, ...] = ()  # skill slugs from the taxonomy, e.g. "design-thinking"
    languages: tuple[str, ...] = ()  # ISO 639-1
    roles: tuple[ExpertRole, ...] = ()
    city: str | None = None
    country: str | None = None


class ExpertWithdrawn(RegistryEvent):
    """The expert is no longer in the network's public registry."""

    type: Literal["ExpertWithdrawn"] = "ExpertWithdrawn"


class CooperationRequested(RegistryEvent):
    """A partnership asks for an expert or a resource of another partnership; keyed by request."""

    type: Literal["CooperationRequested"] = "CooperationRequested"
    requesting_partnership_id: UUID
    requested_partnership_id: UUID
    expert_id: UUID | None = None
    resource_id: UUID | None = None
    message: str | None = None


class CooperationRequestAnswered(RegistryEvent):
    type: Literal["CooperationRequestAnswered"] = "CooperationRequestAnswered"
    requesting_partnership_id: UUID
    requested_partnership_id: UUID
    outcome: Literal["accepted", "declined", "withdrawn", "expired"]


OrganisationEvent = Annotated[OrganisationRegistered, Field(discriminator="type")]
ExpertEvent = Annotated[ExpertPublished | ExpertWithdrawn, Field(discriminator="type")]
CooperationEvent = Annotated[CooperationRequested | CooperationRequestAnswered, Field(discriminator="type")]
IdentityEvent = Annotated[SigningKeyPublished | ApiTokenRevoked, Field(discriminator="type")]
PartnershipEvent = Annotated[PartnershipFormed, Field(discriminator="type")]
