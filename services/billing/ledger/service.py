"""Ledger use cases: an event's statement, what each of its co-organisers is owed."""

from uuid import UUID

import asyncpg

from services.billing.ledger import domain as ledger
from services.billing.ledger import repository
from services.billing.ledger.schemas import OrganiserStatementLine, Statement
from services.billing.organisers import repository as organisers
from shared.contracts.events import Organiser


async def statement(pool: asyncpg.Pool, *, event_id: UUID, fee_bps: int) -> Statement:
    """Lead first, then by revenue share."""
    async with pool.acquire() as conn:
        entries = await repository.event_entries(conn, event_id)
        known = {ledger.organiser_account(o.organiser_id): o for o in await organisers.of_event(conn, event_id)}
    lines = []
    for line in ledger.statement(entries):
        o = known.get(line.account)
        lines.append(OrganiserStatementLine(
            **_organiser_ids(line.account, o), lead=bool(o and o.lead),
            revenue_share_bps=o.revenue_share_bps if o else 0,
            currency=line.currency, gross=line.gross, fees=line.fees, refunds=line.refunds, net=line.net))
    lines.sort(key=lambda line: (not line.lead, -line.revenue_share_bps,
                                 str(line.partnership_id or line.organisation_id)))
    return Statement(event_id=event_id, platform_fee_bps=fee_bps, organisers=lines)


def _organiser_ids(account: str, organiser: Organiser | None) -> dict[str, UUID | None]:
    """Whose line: an organiser of the event, or (no longer listed) a partnership, as every account once was."""
    if account == ledger.UNALLOCATED:
        return {"partnership_id": None, "organisation_id": None}
    if organiser is not None:
        return {"partnership_id": organiser.partnership_id, "organisation_id": organiser.organisation_id}
    return {"partnership_id": UUID(account.removeprefix("organiser:")), "organisation_id": None}
