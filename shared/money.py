"""Money as integer minor units with an ISO 4217 currency: never floats."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

CurrencyCode = Annotated[
    str, StringConstraints(pattern=r"^[A-Z]{3}$", min_length=3, max_length=3)
]


class Money(BaseModel):
    model_config = ConfigDict(frozen=True)

    amount: Annotated[int, Field(ge=0, description="Integer minor units, e.g. cents")]
    currency: CurrencyCode

    def __mul__(self, factor: int) -> "Money":
        return Money(amount=self.amount * factor, currency=self.currency)
