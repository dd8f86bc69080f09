"""Events billing publishes: orders, payments, tickets and seat availability."""

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, EmailStr, Field

from shared.envelope import Envelope
from shared.money import Money


class BillingEvent(Envelope):
    producer: Literal["billing"] = "billing"


class OrderLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    ticket_type_id: UUID
    quantity: int = Field(ge=1)
    unit_price: Money


class OrderReserved(BillingEvent):
    type: Literal["OrderReserved"] = "OrderReserved"
    event_id: UUID
    buyer_email: EmailStr
    buyer_name: str | None
    language: str = "en"
    lines: tuple[OrderLine, ...]
    total: Money  # after any voucher's discount
    expires_at: AwareDatetime
    voucher_code: str | None = None
    discount: Money | None = None


class OrderPaid(BillingEvent):
    type: Literal["OrderPaid"] = "OrderPaid"
    event_id: UUID
    payment_id: UUID
    total: Money


class OrderExpired(BillingEvent):
    type: Literal["OrderExpired"] = "OrderExpired"
    event_id: UUID
    lines: tuple[OrderLine, ...]


class OrderCancelled(BillingEvent):
    """A reserved, unpaid order ended because its event was cancelled; its seats returned."""

    type: Literal["OrderCancelled"] = "OrderCancelled"
    event_id: UUID
    reason: str


class OrderRefunded(BillingEvent):
    """A payment was given back, e.g. one that arrived after its hold expired and the seats were gone."""

    type: Literal["OrderRefunded"] = "OrderRefunded"
    event_id: UUID
    payment_id: UUID
    amount: Money
    reason: str


class IssuedTicket(BaseModel):
    model_config = ConfigDict(frozen=True)

    ticket_id: UUID
    code: str = Field(description="What the door scanner reads: a ticket's QR code encodes exactly this")
    ticket_type_id: UUID
    ticket_type_name: str


class TicketsIssued(BillingEvent):
    """An order was paid and its tickets exist; keyed by the order (`aggregate_id` is the order id)."""

    type: Literal["TicketsIssued"] = "TicketsIssued"
    event_id: UUID
    event_title: str
    buyer_email: EmailStr
    buyer_name: str | None
    language: str = "en"
    tickets: tuple[IssuedTicket, ...]
    # Added later; optional so that older messages still parse.
    order_link_key: str | None = Field(
        None, description="Opens the order (GET /orders/{aggregate_id}, its tickets and QR codes) like its secret,"
                          " as `Order-Secret` or `?secret=`: for the link in the buyer's confirmation e-mail")


class TicketCheckedIn(BillingEvent):
    """A ticket was admitted at the door; keyed by its order."""

    type: Literal["TicketCheckedIn"] = "TicketCheckedIn"
    event_id: UUID
    ticket_id: UUID
    ticket_type_id: UUID
    checked_in_at: AwareDatetime


class RefundIssued(BillingEvent):
    """Money given back on an order, in full or in part; keyed by the order."""

    type: Literal["RefundIssued"] = "RefundIssued"
    event_id: UUID
    refund_id: UUID
    payment_id: UUID
    amount: Money
    refunded_total: Money  # everything refunded on this order so far, this refund included
    full: bool  # the order is now refunded entirely
    reason: str
    buyer_email: EmailStr | None = None
    language: str = "en"


class TicketsVoided(BillingEvent):
    """Tickets that no longer admit anyone (their order was refunded); keyed by the order."""

    type: Literal["TicketsVoided"] = "TicketsVoided"
    event_id: UUID
    ticket_ids: tuple[UUID, ...]
    reason: str


class SeatsAvailabilityChanged(BillingEvent):
    """Keyed by ticket type: the catalogue shows seats left from these."""

    type: Literal["SeatsAvailabilityChanged"] = "SeatsAvailabilityChanged"
    event_id: UUID
    capacity: int
    sold: int
    held: int
    left: int


OrderEvent = Annotated[
    OrderReserved | OrderPaid | OrderExpired | OrderRefunded | TicketsIssued | TicketCheckedIn | RefundIssued
    | TicketsVoided | OrderCancelled,
    Field(discriminator="type"),
]
InventoryEvent = Annotated[SeatsAvailabilityChanged, Field(discriminator="type")]
