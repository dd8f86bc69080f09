"""What billing's HTTP API takes and gives."""

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, EmailStr, Field, StrictInt, field_validator

from services.billing.orders.domain import Order, OrderStatus
from services.billing.seats.domain import EventOnSale, Seats
from services.billing.payments.domain import Outcome, Payment, PaymentStatus
from shared.money import Money


class BuyerIn(BaseModel):
    email: EmailStr
    name: str = Field(min_length=1, max_length=200)
    language: str = Field("en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", description="BCP 47, e.g. en, uk, pt-BR")

    @field_validator("name")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()


class LineIn(BaseModel):
    ticket_type_id: UUID
    # Strict: "2" or true would otherwise hold seats nobody asked for in those words.
    quantity: StrictInt = Field(ge=1, le=1000)


class OrderCreate(BaseModel):
    event_id: UUID
    buyer: BuyerIn
    lines: list[LineIn] = Field(min_length=1, max_length=50)
    voucher_code: str | None = Field(None, min_length=1, max_length=64)


class BuyerRead(BaseModel):
    """As stored: validated once on the way in, not again on every answer."""

    email: str
    name: str
    language: str


class LineRead(BaseModel):
    ticket_type_id: UUID
    ticket_type_name: str
    quantity: int
    unit_price: Money
    subtotal: Money


class PaymentRead(BaseModel):
    id: UUID
    provider: str
    provider_payment_id: str | None
    status: PaymentStatus
    checkout_url: str | None = Field(description="Where the buyer pays; null while the provider is unreachable")


class OrderRead(BaseModel):
    id: UUID
    status: OrderStatus
    event_id: UUID
    event_title: str
    buyer: BuyerRead
    lines: list[LineRead]
    total: Money
    refunded: Money | None = Field(None, description="Given back so far (partial or full refunds)")
    discount: Money | None = Field(None, description="Taken off the lines by the voucher, if any")
    voucher_code: str | None = None
    expires_at: datetime = Field(description="When the hold on the seats runs out unless paid")
    created_at: datetime
    payment: PaymentRead

    @classmethod
    def of(cls, order: Order, payment: Payment, **extra) -> "OrderRead":
        return cls(
            **extra, id=order.id, status=order.status, event_id=order.event_id, event_title=order.event_title,
            buyer=BuyerRead(email=order.buyer.email, name=order.buyer.name, language=order.buyer.language),
            lines=[LineRead(ticket_type_id=line.ticket_type_id, ticket_type_name=line.ticket_type_name,
                            quantity=line.quantity, unit_price=line.unit_price, subtotal=line.subtotal)
                   for line in order.lines],
            total=order.total, refunded=Money(amount=order.refunded, currency=order.total.currency),
            discount=Money(amount=order.discount, currency=order.total.currency) if order.voucher_id else None,
            voucher_code=order.voucher_code,
            expires_at=order.expires_at, created_at=order.created_at,
            payment=PaymentRead(id=payment.id, provider=payment.provider, status=payment.status,
                                provider_payment_id=payment.provider_payment_id,
                                checkout_url=payment.checkout_url),
        )


class OrderPlaced(OrderRead):
    secret: str = Field(description="Shown only here: pass it as `Order-Secret` (or `?secret=`) to read the order")


class TicketRead(BaseModel):
    id: UUID
    code: str
    ticket_type_id: UUID
    ticket_type_name: str
    status: Literal["valid", "voided"] = Field(description="valid, or voided once its order was refunded")
    issued_at: datetime
    checked_in_at: datetime | None = None


class TicketList(BaseModel):
    order_id: UUID
    items: list[TicketRead]


class TicketTypeAvailability(BaseModel):
    ticket_type_id: UUID
    name: str
    price: Money
    on_sale: bool
    sales_start: datetime | None
    sales_end: datetime | None
    capacity: int
    sold: int
    held: int
    left: int = Field(description="Seats that can still be bought: of this type, and of its shared quota if it has one")
    visibility: Literal["public", "hidden"] = "public"
    quota: str | None = None


class Availability(BaseModel):
    event_id: UUID
    title: str
    hold_minutes: int | None = Field(None, description="How long an order holds its seats, if the organisers set it;"
                                                       " otherwise the service's default")
    ticket_types: list[TicketTypeAvailability]

    @classmethod
    def of(cls, event: EventOnSale, counters: list[Seats], *, shown: set[UUID] = frozenset()) -> "Availability":
        """Hidden ticket types only when asked for by id (`shown`): partners are given those ids."""
        counters = [s for s in counters
                    if event.ticket_types[s.ticket_type_id].visibility == "public" or s.ticket_type_id in shown]
        return cls(event_id=event.id, title=event.title, hold_minutes=event.hold_minutes, ticket_types=[
            TicketTypeAvailability(
                ticket_type_id=s.ticket_type_id, name=(t := event.ticket_types[s.ticket_type_id]).name,
                price=t.price, on_sale=t.on_sale, sales_start=t.sales_start, sales_end=t.sales_end,
                capacity=s.capacity, sold=s.sold, held=s.held, left=s.left, visibility=t.visibility, quota=t.quota,
            ) for s in counters
        ])


class WebhookAnswer(BaseModel):
    result: str = Field(description="What the webhook changed, for the provider's delivery log (`paid`, `declined`,"
                                    " `duplicate`, ...)")


class SandboxCompletion(BaseModel):
    outcome: Outcome


class SandboxCompleted(BaseModel):
    payment_id: str
    status: Outcome
    webhook_id: str
    webhook_status: int | None = Field(description="Billing's answer to the webhook; null if it never answered")
