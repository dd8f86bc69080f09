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


OrganisationEvent = Annotated[OrganisationRegistered, Field(discriminator="type")]
IdentityEvent = Annotated[SigningKeyPublished | ApiTokenRevoked, Field(discriminator="type")]
PartnershipEvent = Annotated[PartnershipFormed, Field(discriminator="type")]
