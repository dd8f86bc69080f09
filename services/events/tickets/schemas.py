"""Ticket types over HTTP: what defining and changing one sends, and what is shown of it."""

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, Field, StrictInt

from services.events.event.parts import Body, Slug, Text
from services.events.tickets.domain import TicketType
from shared.money import CurrencyCode, Money


class PriceIn(Body):
    amount: StrictInt = Field(ge=0, description="Integer minor units, e.g. 1500 for EUR 15.00")
    currency: CurrencyCode = Field(description="ISO 4217, e.g. EUR")


class TicketTypeCreate(Body):
    name: Text
    price: PriceIn
    capacity: int = Field(ge=1)
    max_per_order: int | None = Field(None, ge=1, description="Default: 10, or the capacity if smaller")
    sales_start: AwareDatetime | None = None
    sales_end: AwareDatetime | None = None
    visibility: Literal["public", "hidden"] = "public"
    quota: Slug | None = Field(None, description="Name of one of the event's quotas shared with other types")

    def to_domain(self) -> TicketType:
        return TicketType(price=Money(**self.price.model_dump()), **self.model_dump(exclude={"price"}))


class TicketTypeUpdate(Body):
    name: Text | None = None
    price: PriceIn | None = None
    capacity: int | None = Field(None, ge=1)
    max_per_order: int | None = Field(None, ge=1)
    sales_start: AwareDatetime | None = None
    sales_end: AwareDatetime | None = None
    visibility: Literal["public", "hidden"] | None = None
    quota: Slug | None = None

    def to_values(self) -> dict[str, Any]:
        values = self.model_dump(exclude_unset=True, exclude={"price"})
        if "price" in self.model_fields_set and self.price is not None:
            values["price"] = Money(**self.price.model_dump())
        return values


class TicketTypeRead(BaseModel):
    id: UUID
    name: str
    price: Money
    capacity: int
    max_per_order: int
    sales_start: datetime | None
    sales_end: datetime | None
    visibility: str
    quota: str | None
    seats_left: int = Field(description="The capacity less the tickets billing has sold or holds")

    @classmethod
    def of(cls, t: TicketType, left: int | None = None) -> "TicketTypeRead":
        return cls(id=t.id, name=t.name, price=t.price, capacity=t.capacity, max_per_order=t.max_per_order,
                   sales_start=t.sales_start, sales_end=t.sales_end, visibility=t.visibility, quota=t.quota,
                   seats_left=t.capacity if left is None else left)
