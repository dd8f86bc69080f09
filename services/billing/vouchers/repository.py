"""Vouchers in SQL: created by organisers, redeemed by orders with one conditional UPDATE each."""

from datetime import datetime
from uuid import UUID

import asyncpg

from services.billing.vouchers.domain import Voucher, normalise
from shared.errors import Conflict, DomainError
from shared.money import Money


async def add(conn: asyncpg.Connection, voucher: Voucher) -> None:
    amount = voucher.amount
    inserted = await conn.fetchval(
        "INSERT INTO vouchers (id, event_id, code, ticket_type_id, kind, percent, amount, currency, max_uses,"
        " valid_from, valid_until) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        " ON CONFLICT (event_id, code) DO NOTHING RETURNING true",
        voucher.id, voucher.event_id, voucher.code, voucher.ticket_type_id, voucher.kind, voucher.percent,
        amount.amount if amount else None, amount.currency if amount else None, voucher.max_uses,
        voucher.valid_from, voucher.valid_until,
    )
    if not inserted:
        raise Conflict(f"code: event {voucher.event_id} already has a voucher {voucher.code!r}")


async def usable(conn: asyncpg.Connection, event_id: UUID, code: str, now: datetime) -> Voucher:
    """The voucher as last committed, or a precise refusal; no lock yet (see `count_use`)."""
    code = normalise(code)
    row = await conn.fetchrow("SELECT * FROM vouchers WHERE event_id = $1 AND code = $2", event_id, code)
    if row is None:
        raise DomainError(f"voucher_code: unknown voucher {code!r} for event {event_id}")
    voucher = _voucher(row)
    if voucher.uses >= voucher.max_uses or not voucher.valid_at(now):
        voucher.refuse(now)
    return voucher


async def count_use(conn: asyncpg.Connection, voucher: Voucher, now: datetime) -> None:
    """Count one use in the order's transaction, late in it: the voucher's row stays locked only till commit.
    The conditional UPDATE re-checks against the latest committed row, so concurrent orders never overuse it."""
    counted = await conn.fetchval(
        "UPDATE vouchers SET uses = uses + 1 WHERE id = $1 AND uses < max_uses"
        " AND (valid_from IS NULL OR valid_from <= $2) AND (valid_until IS NULL OR $2 < valid_until) RETURNING true",
        voucher.id, now,
    )
    if not counted:
        row = await conn.fetchrow("SELECT * FROM vouchers WHERE id = $1", voucher.id)
        _voucher(row).refuse(now)


async def give_back(conn: asyncpg.Connection, voucher_id: UUID | None) -> None:
    """An expired or cancelled hold returns its use."""
    if voucher_id is not None:
        await conn.execute("UPDATE vouchers SET uses = uses - 1 WHERE id = $1 AND uses > 0", voucher_id)


async def retake(conn: asyncpg.Connection, voucher_id: UUID | None) -> bool:
    """A payment that outlived its hold needs its voucher's use again; False if none is left."""
    if voucher_id is None:
        return True
    return bool(await conn.fetchval(
        "UPDATE vouchers SET uses = uses + 1 WHERE id = $1 AND uses < max_uses RETURNING true", voucher_id))


async def of_event(conn: asyncpg.Connection, event_id: UUID) -> list[Voucher]:
    rows = await conn.fetch("SELECT * FROM vouchers WHERE event_id = $1 ORDER BY code", event_id)
    return [_voucher(row) for row in rows]


def _voucher(row: asyncpg.Record) -> Voucher:
    amount = Money(amount=row["amount"], currency=row["currency"]) if row["amount"] is not None else None
    return Voucher(id=row["id"], event_id=row["event_id"], code=row["code"], kind=row["kind"],
                   max_uses=row["max_uses"], uses=row["uses"], ticket_type_id=row["ticket_type_id"],
                   percent=row["percent"], amount=amount, valid_from=row["valid_from"],
                   valid_until=row["valid_until"])
