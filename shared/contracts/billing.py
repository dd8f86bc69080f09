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
    total: Money
    expires_at: AwareDatetime


class OrderPaid(BillingEvent):
    type: Literal["OrderPaid"] = "OrderPaid"
    event_id: UUID
    payment_id: UUID
    total: Money


class OrderExpired(BillingEvent):
    type: Literal["OrderExpired"] = "OrderExpired"
    event_id: UUID
    lines: tuple[OrderLine, ...]


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
    code: str
    ticket_type_id: UUID
    ticket_type_name: str


class TicketsIssued(BillingEvent):
    type: Literal["TicketsIssued"] = "TicketsIssued"
    event_id: UUID
    event_title: str
    buyer_email: EmailStr
    buyer_name: str | None
    language: str = "en"
    tickets: tuple[IssuedTicket, ...]


class SeatsAvailabilityChanged(BillingEvent):
    """Keyed by ticket type: the catalogue shows seats left from these."""

    type: Literal["SeatsAvailabilityChanged"] = "SeatsAvailabilityChanged"
    event_id: UUID
    capacity: int
    sold: int
    held: int
    left: int


OrderEvent = Annotated[
    OrderReserved | OrderPaid | OrderExpired | OrderRefunded | TicketsIssued,
    Field(discriminator="type"),
]
InventoryEvent = Annotated[SeatsAvailabilityChanged, Field(discriminator="type")]
