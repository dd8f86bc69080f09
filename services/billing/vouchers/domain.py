"""Vouchers: what they take off an order. No I/O."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from shared.errors import Conflict, DomainError
from shared.money import Money


@dataclass(frozen=True)
class Voucher:
    id: UUID
    event_id: UUID
    code: str
    kind: str  # "percentage" or "fixed"
    max_uses: int
    uses: int
    ticket_type_id: UUID | None = None
    percent: int | None = None
    amount: Money | None = None
    valid_from: datetime | None = None
    valid_until: datetime | None = None

    def discount(self, lines: Sequence) -> int:
        """Minor units off the lines it applies to; never more than they cost."""
        eligible = [line for line in lines if self.ticket_type_id in (None, line.ticket_type_id)]
        if not eligible:
            raise DomainError(f"voucher_code: voucher {self.code!r} is only for ticket type {self.ticket_type_id},"
                              " which this order does not include")
        subtotal = sum(line.subtotal.amount for line in eligible)
        if self.kind == "percentage":
            return subtotal * self.percent // 100  # rounded down: the buyer never gets more than promised
        currency = eligible[0].unit_price.currency
        if self.amount.currency != currency:
            raise DomainError(f"voucher_code: voucher {self.code!r} is in {self.amount.currency},"
                              f" the order in {currency}")
        return min(self.amount.amount, subtotal)

    def valid_at(self, now: datetime) -> bool:
        started = self.valid_from is None or self.valid_from <= now
        return started and (self.valid_until is None or now < self.valid_until)

    def refuse(self, now: datetime) -> None:
        """Why this voucher cannot be redeemed `now` (it was found, but the conditional update refused it)."""
        if self.valid_from is not None and now < self.valid_from:
            raise DomainError(f"voucher_code: voucher {self.code!r} is valid from {self.valid_from.isoformat()}")
        if self.valid_until is not None and now >= self.valid_until:
            raise DomainError(f"voucher_code: voucher {self.code!r} expired at {self.valid_until.isoformat()}")
        raise Conflict(f"voucher_code: voucher {self.code!r} has been used up ({self.max_uses} uses)")


def check_new(voucher: Voucher, event) -> None:
    """A voucher an organiser creates must make sense for the event (an EventOnSale)."""
    if voucher.kind == "percentage" and (voucher.percent is None or voucher.amount is not None):
        raise DomainError("percent: a percentage voucher needs percent (1-100) and no amount")
    if voucher.kind == "fixed" and (voucher.amount is None or voucher.percent is not None):
        raise DomainError("amount: a fixed voucher needs an amount and no percent")
    if voucher.valid_from and voucher.valid_until and voucher.valid_until <= voucher.valid_from:
        raise DomainError("valid_until: must be after valid_from")
    types = event.ticket_types
    if voucher.ticket_type_id is not None and voucher.ticket_type_id not in types:
        raise DomainError(f"ticket_type_id: event {event.id} has no ticket type {voucher.ticket_type_id}")
    applies_to = [types[voucher.ticket_type_id]] if voucher.ticket_type_id else list(types.values())
    currencies = {t.price.currency for t in applies_to}
    if voucher.amount is not None and voucher.amount.currency not in currencies:
        raise DomainError(f"amount.currency: {voucher.amount.currency} does not match the ticket prices"
                          f" ({', '.join(sorted(currencies))})")


def normalise(code: str) -> str:
    """Codes are typed by people: case and surrounding spaces do not matter."""
    return code.strip().upper()
