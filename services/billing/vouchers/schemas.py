"""What billing's voucher API takes and gives."""

from datetime import datetime, timezone
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, Field

from shared.money import Money
from shared.values import Timestamp

# Stored as bigint, but JSON readers (JavaScript's numbers) keep integers exact only up to 2**53 - 1.
EXACT_IN_JSON_MAX = 2**53 - 1


class VoucherAmount(Money):
    """At least one minor unit off: a voucher of nothing would only count uses."""

    amount: int = Field(ge=1, le=EXACT_IN_JSON_MAX, description="Integer minor units, e.g. cents")


def _storable_in_utc(moment: datetime) -> datetime:
    """PostgreSQL stores moments in UTC: one whose UTC year leaves 1-9999 cannot be stored."""
    try:
        moment.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("must fall between the years 1 and 9999 in UTC") from None
    return moment


StoredMoment = Annotated[Timestamp, AfterValidator(_storable_in_utc)]


class VoucherCreate(BaseModel):
    code: str = Field(pattern=r"^[A-Za-z0-9_-]{3,64}$", description="What buyers type; case does not matter")
    kind: Literal["percentage", "fixed"]
    percent: int | None = Field(None, ge=1, le=100)
    amount: VoucherAmount | None = Field(None, description="For a fixed voucher: the amount off, in the tickets'"
                                                           " currency")
    ticket_type_id: UUID | None = Field(None, description="Only this ticket type; omit for the whole event")
    max_uses: int = Field(ge=1, le=1_000_000)
    valid_from: StoredMoment | None = None
    valid_until: StoredMoment | None = None


class VoucherRead(VoucherCreate):
    id: UUID
    event_id: UUID
    uses: int
