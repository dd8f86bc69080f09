"""Events the registry publishes: who is in the network."""

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from shared.envelope import Envelope, UtcDatetime


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


class OrganisationStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class OrganisationRegistered(RegistryEvent):
    type: Literal["OrganisationRegistered"] = "OrganisationRegistered"
    name: str
    kind: OrganisationKind
    country: str
    city: str
    names: dict[str, str] = Field(default_factory=dict)  # ISO 639-1 language → name
    website: str | None = None
    sectors: tuple[str, ...] = ()


class OrganisationUpdated(RegistryEvent):
    """The organisation's public profile after a change (suspension included): the whole of it."""

    type: Literal["OrganisationUpdated"] = "OrganisationUpdated"
    name: str
    kind: OrganisationKind
    country: str
    city: str
    status: OrganisationStatus
    names: dict[str, str] = Field(default_factory=dict)
    website: str | None = None
    sectors: tuple[str, ...] = ()


class PartnershipMember(BaseModel):
    model_config = ConfigDict(frozen=True)

    organisation_id: UUID
    role: MemberRole


class PartnershipFormed(RegistryEvent):
    """`members` are the organisations that joined at once (the proposer's); the others are invited and follow,
    each in a PartnershipMemberAdded, only when one of their own admins accepts."""

    type: Literal["PartnershipFormed"] = "PartnershipFormed"
    name: str
    programme: str | None = None
    members: tuple[PartnershipMember, ...]
    period_start: date | None = None
    period_end: date | None = None


class PartnershipMemberAdded(RegistryEvent):
    """An organisation became a member (added by its own admin, or accepted an invitation); keyed by
    partnership; `members` is the whole membership after the change, invited organisations never in it."""

    type: Literal["PartnershipMemberAdded"] = "PartnershipMemberAdded"
    organisation_id: UUID
    role: MemberRole
    members: tuple[PartnershipMember, ...]


class PartnershipMemberRemoved(RegistryEvent):
    type: Literal["PartnershipMemberRemoved"] = "PartnershipMemberRemoved"
    organisation_id: UUID
    members: tuple[PartnershipMember, ...]


class NetworkFormed(RegistryEvent):
    """A named set of partnerships (e.g. a national Creative Spark network); keyed by network."""

    type: Literal["NetworkFormed"] = "NetworkFormed"
    name: str
    partnership_ids: tuple[UUID, ...] = ()


class NetworkPartnershipJoined(RegistryEvent):
    type: Literal["NetworkPartnershipJoined"] = "NetworkPartnershipJoined"
    partnership_id: UUID


class ChampionDesignated(RegistryEvent):
    """The partnership coordinating the network for a period (one per network per period)."""

    type: Literal["ChampionDesignated"] = "ChampionDesignated"
    partnership_id: UUID
    period_start: date
    period_end: date


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


class OrganisationMemberAdded(RegistryEvent):
    """A user became a member (or admin) of an organisation. Membership events are keyed by user, so
    each user's changes arrive in order; services authorise by organisation role from these alone."""

    type: Literal["OrganisationMemberAdded"] = "OrganisationMemberAdded"
    user_id: UUID
    organisation_id: UUID
    role: Literal["admin", "member"]


class OrganisationMemberRoleChanged(RegistryEvent):
    type: Literal["OrganisationMemberRoleChanged"] = "OrganisationMemberRoleChanged"
    user_id: UUID
    organisation_id: UUID
    role: Literal["admin", "member"]


class OrganisationMemberRemoved(RegistryEvent):
    type: Literal["OrganisationMemberRemoved"] = "OrganisationMemberRemoved"
    user_id: UUID
    organisation_id: UUID


class UserDisabled(RegistryEvent):
    """The user may no longer act: every token of theirs is refused, whatever it says."""

    type: Literal["UserDisabled"] = "UserDisabled"
    user_id: UUID


class AccountEmail(RegistryEvent):
    """An e-mail with a one-time link only its recipient should follow: the link's token travels here (and only
    here: the registry keeps its digest), so this topic is read by notifications alone and kept briefly."""

    email: str
    name: str | None = None
    language: Literal["en", "uk", "de"] = "en"
    link_token: str
    expires_at: UtcDatetime


class EmailVerificationRequested(AccountEmail):
    """A person signed up (or asked again): the link confirms the address is theirs. Keyed by user."""

    type: Literal["EmailVerificationRequested"] = "EmailVerificationRequested"
    user_id: UUID


class PasswordResetRequested(AccountEmail):
    """Someone asked to reset the password of this account: the link lets its owner choose a new one."""

    type: Literal["PasswordResetRequested"] = "PasswordResetRequested"
    user_id: UUID


class InvitationSent(AccountEmail):
    """An organisation's admin invited a person by e-mail with a role; accepting (signing up if needed) makes
    them a member. Keyed by invitation."""

    type: Literal["InvitationSent"] = "InvitationSent"
    invitation_id: UUID
    organisation_id: UUID
    organisation_name: str
    role: Literal["admin", "member"]
    invited_by: str = Field(description="The inviting admin's name, or e-mail address")


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
    purpose: Literal["project", "event"] | None = None
    event_id: UUID | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    expires_at: UtcDatetime | None = None


class CooperationRequestAnswered(RegistryEvent):
    type: Literal["CooperationRequestAnswered"] = "CooperationRequestAnswered"
    requesting_partnership_id: UUID
    requested_partnership_id: UUID
    outcome: Literal["accepted", "declined", "withdrawn", "expired"]
    expert_id: UUID | None = None
    resource_id: UUID | None = None


class ResourceKind(StrEnum):
    COACH = "coach"
    VENUE = "venue"
    EQUIPMENT = "equipment"
    INTERNSHIP_PLACES = "internship_places"
    GUEST_LECTURE = "guest_lecture"
    TEACHER_INTERNSHIP = "teacher_internship"
    INDUSTRIAL_PRACTICE = "industrial_practice"
    FUNDING = "funding"


class ResourceListed(RegistryEvent):
    """An organisation offers something to the network; keyed by resource, re-sent when it changes."""

    type: Literal["ResourceListed"] = "ResourceListed"
    kind: ResourceKind
    organisation_id: UUID
    title: str
    quantity: int
    city: str
    country: str
    available_from: date | None = None
    available_until: date | None = None


class ResourceWithdrawn(RegistryEvent):
    type: Literal["ResourceWithdrawn"] = "ResourceWithdrawn"
    organisation_id: UUID


OrganisationEvent = Annotated[OrganisationRegistered | OrganisationUpdated, Field(discriminator="type")]
ExpertEvent = Annotated[ExpertPublished | ExpertWithdrawn, Field(discriminator="type")]
CooperationEvent = Annotated[CooperationRequested | CooperationRequestAnswered, Field(discriminator="type")]
IdentityEvent = Annotated[
    SigningKeyPublished | ApiTokenRevoked | OrganisationMemberAdded | OrganisationMemberRoleChanged
    | OrganisationMemberRemoved | UserDisabled,
    Field(discriminator="type"),
]
AccountEvent = Annotated[
    EmailVerificationRequested | PasswordResetRequested | InvitationSent, Field(discriminator="type")
]
PartnershipEvent = Annotated[
    PartnershipFormed | PartnershipMemberAdded | PartnershipMemberRemoved, Field(discriminator="type")
]
ResourceEvent = Annotated[ResourceListed | ResourceWithdrawn, Field(discriminator="type")]
NetworkEvent = Annotated[
    NetworkFormed | NetworkPartnershipJoined | ChampionDesignated, Field(discriminator="type")
]
