"""What billing's organiser API takes and gives."""

from datetime import datetime
from typing import Literal
from uuid import UUID

import asyncpg
from pydantic import BaseModel, Field

from services.billing.orders.domain import OrderStatus
from shared.money import Money


class OrderSummary(BaseModel):
    id: UUID
    status: OrderStatus
    buyer_email: str
    buyer_name: str
    total: Money
    refunded: Money
    created_at: datetime

    @classmethod
    def of(cls, row: asyncpg.Record) -> "OrderSummary":
        return cls(id=row["id"], status=row["status"], buyer_email=row["buyer_email"],
                   buyer_name=row["buyer_name"], created_at=row["created_at"],
                   total=Money(amount=row["total_amount"], currency=row["currency"]),
                   refunded=Money(amount=row["refunded_amount"], currency=row["currency"]))


class CheckInIn(BaseModel):
    code: str = Field(min_length=1, max_length=200, description="What the scanner read from the ticket's QR code")


class CheckInResult(BaseModel):
    result: Literal["admitted", "already_checked_in", "invalid", "other_event"]
    detail: str
    ticket_id: UUID | None = None
    ticket_type_name: str | None = None
    checked_in_at: datetime | None = None


class TicketTypeCheckIns(BaseModel):
    ticket_type_id: UUID
    name: str
    issued: int
    checked_in: int


class CheckInCounts(BaseModel):
    event_id: UUID
    ticket_types: list[TicketTypeCheckIns]


class RefundIn(BaseModel):
    amount: int | None = Field(None, ge=1, description="Minor units; omit to refund everything not yet refunded")
    reason: str = Field("refunded by the organiser", min_length=1, max_length=500)


class RefundRead(BaseModel):
    id: UUID
    order_id: UUID
    order_status: OrderStatus
    amount: Money
    refunded_total: Money
    reason: str
    status: Literal["requested", "succeeded"] = Field(description="requested until the provider confirmed, then"
                                                                  " succeeded")

    @classmethod
    def of(cls, refund: asyncpg.Record, order) -> "RefundRead":
        currency = refund["currency"]
        return cls(id=refund["id"], order_id=refund["order_id"], order_status=order.status,
                   amount=Money(amount=refund["amount"], currency=currency),
                   refunded_total=Money(amount=order.refunded, currency=currency),
                   reason=refund["reason"], status=refund["status"])


class HoldSetting(BaseModel):
    hold_minutes: int | None = Field(description="Minutes an order holds its seats (1 to 1440); null for the"
                                                 " service's default (BILLING_HOLD_MINUTES)", ge=1, le=1440)
