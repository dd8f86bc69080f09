"""What billing's voucher API takes and gives."""

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, Field

from shared.money import Money


class VoucherCreate(BaseModel):
    code: str = Field(pattern=r"^[A-Za-z0-9_-]{3,64}$", description="What buyers type; case does not matter")
    kind: Literal["percentage", "fixed"]
    percent: int | None = Field(None, ge=1, le=100)
    amount: Money | None = Field(None, description="For a fixed voucher: the amount off, in the tickets' currency")
    ticket_type_id: UUID | None = Field(None, description="Only this ticket type; omit for the whole event")
    max_uses: int = Field(ge=1, le=1_000_000)
    valid_from: AwareDatetime | None = None
    valid_until: AwareDatetime | None = None


class VoucherRead(VoucherCreate):
    id: UUID
    event_id: UUID
    uses: int
