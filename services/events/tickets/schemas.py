"""Ticket types over HTTP: what defining and changing one sends, and what is shown of it."""

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, Field

from services.events.event.fields import EXACT_IN_JSON_MAX, Count, coded, not_null, whole_number
from services.events.event.parts import Body, Slug, Text
from services.events.tickets.currencies import Currency
from services.events.tickets.domain import TicketType
from shared.errors import DomainError
from shared.money import Money
from shared.values import Timestamp

Visibility = Literal["public", "hidden"]


class PriceIn(Body):
    amount: whole_number(ge=0, le=EXACT_IN_JSON_MAX) = Field(
        description="Integer minor units, e.g. 1500 for EUR 15.00")
    currency: coded(Currency, "currency", "a circulating ISO 4217 code like EUR") = Field(
        description="A circulating ISO 4217 currency: funds, metals and test codes are refused")

    def to_domain(self) -> Money:
        return Money(amount=self.amount, currency=self.currency.value)


class TicketTypeCreate(Body):
    name: Text
    price: PriceIn
    capacity: Count
    max_per_order: Count | None = Field(None, description="Default: 10, or the capacity if smaller")
    sales_start: Timestamp | None = None
    sales_end: Timestamp | None = None
    visibility: Visibility = "public"
    quota: Slug | None = Field(None, description="Name of one of the event's quotas shared with other types")

    def to_domain(self) -> TicketType:
        return TicketType(price=self.price.to_domain(), **self.model_dump(exclude={"price"}))


class TicketTypeUpdate(Body):
    """Send only what changes; `null` clears `max_per_order` (back to the default), the sales period and `quota`."""

    name: Text | None = Field(None, json_schema_extra=not_null)
    price: PriceIn | None = Field(None, json_schema_extra=not_null)
    capacity: Count | None = Field(None, json_schema_extra=not_null)
    max_per_order: Count | None = None
    sales_start: Timestamp | None = None
    sales_end: Timestamp | None = None
    visibility: Visibility | None = Field(None, json_schema_extra=not_null)
    quota: Slug | None = None

    def to_values(self) -> dict[str, Any]:
        for required in ("name", "price", "capacity", "visibility"):
            if required in self.model_fields_set and getattr(self, required) is None:
                raise DomainError(f"{required}: cannot be cleared, only changed")
        values = self.model_dump(exclude_unset=True, exclude={"price"})
        if "price" in self.model_fields_set:
            values["price"] = self.price.to_domain()
        return values


class TicketTypeRead(BaseModel):
    id: UUID
    name: str
    price: Money
    capacity: int
    max_per_order: int
    sales_start: datetime | None
    sales_end: datetime | None
    visibility: Visibility
    quota: str | None
    seats_left: int = Field(description="The capacity less the tickets billing has sold or holds")

    @classmethod
    def of(cls, t: TicketType, left: int | None = None) -> "TicketTypeRead":
        return cls(id=t.id, name=t.name, price=t.price, capacity=t.capacity, max_per_order=t.max_per_order,
                   sales_start=t.sales_start, sales_end=t.sales_end, visibility=t.visibility, quota=t.quota,
                   seats_left=t.capacity if left is None else left)
