"""What notifications reacts to, top to bottom: learn about the network first, so that an event's
own audience includes what it taught us; then plan what its subscribers get. Only planning happens
here: sending is the dispatcher's, so a slow receiver never stalls a topic."""

from services.notifications.accounts import service as accounts
from services.notifications.fanout import service as fanout
from services.notifications.network import service as network
from shared import identity
from shared.consumers import Handler, Reaction
from shared.contracts.billing import (
    OrderCancelled, OrderExpired, OrderPaid, OrderRefunded, OrderReserved, RefundIssued, TicketsIssued, TicketsVoided,
)
from shared.contracts.events import EventCancelled, EventDrafted, EventPublished, EventRescheduled
from shared.contracts.registry import (
    CooperationRequestAnswered, CooperationRequested, EmailVerificationRequested, ExpertPublished, ExpertWithdrawn,
    InvitationSent, PartnershipFormed, PartnershipMemberAdded, PartnershipMemberRemoved, PasswordResetRequested,
)


def in_order(*handlers: Handler) -> Handler:
    """Several steps for one event, in one unit of work."""
    async def handle(uow, event) -> None:
        for handler in handlers:
            await handler(uow, event)

    return handle


REACTIONS = (
    *identity.REACTIONS,
    Reaction(PartnershipFormed, network.learn_partnership),
    Reaction(PartnershipMemberAdded, network.learn_partnership),
    Reaction(PartnershipMemberRemoved, network.learn_partnership),
    Reaction(ExpertPublished, network.learn_expert),
    Reaction(ExpertWithdrawn, network.learn_expert),
    Reaction(EventDrafted, network.learn_event),
    Reaction(EventPublished, in_order(network.learn_event, fanout.on_event)),
    Reaction(EventRescheduled, in_order(network.learn_event, fanout.on_event)),
    Reaction(EventCancelled, fanout.on_event),
    Reaction(CooperationRequested, fanout.on_event),
    Reaction(CooperationRequestAnswered, fanout.on_event),
    Reaction(OrderReserved, in_order(network.learn_order, fanout.on_event)),
    Reaction(OrderPaid, fanout.on_event),
    Reaction(OrderExpired, fanout.on_event),
    Reaction(OrderCancelled, fanout.on_event),
    Reaction(OrderRefunded, fanout.on_event),
    Reaction(RefundIssued, fanout.on_event),
    Reaction(TicketsIssued, in_order(network.learn_order, fanout.confirm_tickets_by_email, fanout.on_event)),
    Reaction(TicketsVoided, fanout.on_event),
    Reaction(EmailVerificationRequested, accounts.send_account_email),
    Reaction(PasswordResetRequested, accounts.send_account_email),
    Reaction(InvitationSent, accounts.send_account_email),
)
