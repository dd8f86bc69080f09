"""What billing reacts to, top to bottom: what is on sale, who organises it, and cancellations."""

from services.billing.offers import service as offers
from services.billing.organisers import service as organisers
from services.billing.refunds import cancellation
from shared import identity
from shared.consumers import Reaction
from shared.contracts.events import (
    EventCancelled, EventPublished, EventRescheduled, TicketTypeChanged, TicketTypeDefined,
)
from shared.contracts.registry import PartnershipFormed, PartnershipMemberAdded, PartnershipMemberRemoved

REACTIONS = (
    *identity.REACTIONS,
    Reaction(EventPublished, offers.on_event_published),
    Reaction(TicketTypeDefined, offers.on_ticket_type),
    Reaction(TicketTypeChanged, offers.on_ticket_type),
    Reaction(EventRescheduled, offers.on_event_rescheduled),
    Reaction(EventCancelled, cancellation.on_event_cancelled),
    Reaction(PartnershipFormed, organisers.on_partnership_members),
    Reaction(PartnershipMemberAdded, organisers.on_partnership_members),  # each lists the members after it
    Reaction(PartnershipMemberRemoved, organisers.on_partnership_members),
)
