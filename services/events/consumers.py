"""What the events service reacts to, top to bottom: other services' news, kept in its projections.

The registry's organisations (to name and place the members of partnerships), partnerships
(which may organise events; their members' admins act for them), networks (whose events a
network's calendar feed shows) and experts (published ones may speak or moderate); billing's
seat counts (seats left for the catalogue, tickets sold for the ticket-type rules).
Types the table does not name leave the projections alone.
"""

from services.events.projections import experts, networks, partners, seats
from shared import identity
from shared.consumers import Reaction
from shared.contracts.billing import SeatsAvailabilityChanged
from shared.contracts.registry import (
    ExpertPublished, ExpertWithdrawn, NetworkFormed, NetworkPartnershipJoined, OrganisationRegistered,
    OrganisationUpdated, PartnershipFormed, PartnershipMemberAdded, PartnershipMemberRemoved,
)

REACTIONS = (
    *identity.REACTIONS,
    Reaction(OrganisationRegistered, partners.upsert_organisation),
    Reaction(OrganisationUpdated, partners.upsert_organisation),
    Reaction(PartnershipFormed, partners.upsert_partnership),
    Reaction(PartnershipMemberAdded, partners.change_members),
    Reaction(PartnershipMemberRemoved, partners.change_members),
    Reaction(NetworkFormed, networks.upsert_network),
    Reaction(NetworkPartnershipJoined, networks.join_network),
    Reaction(ExpertPublished, experts.upsert_expert),
    Reaction(ExpertWithdrawn, experts.withdraw_expert),
    Reaction(SeatsAvailabilityChanged, seats.upsert_seats),
)
