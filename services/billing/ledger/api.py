"""Organiser statements per event, from the ledger: as JSON, and as CSV for the accountants."""

import csv
import io
from uuid import UUID

from fastapi import APIRouter, Response

from services.billing.ledger import domain as ledger
from services.billing.ledger import repository as ledger_repository
from services.billing.organisers import repository as organisers
from services.billing.orders.api import PoolDep, SettingsDep
from services.billing.organisers.api import OrganisedEvent
from services.billing.organisers.schemas import OrganiserStatementLine, Statement
from shared.contracts.events import Organiser

router = APIRouter(tags=["organisers"])
CSV_COLUMNS = list(OrganiserStatementLine.model_fields)


async def _statement(pool, event_id: UUID, fee_bps: int) -> Statement:
    async with pool.acquire() as conn:
        entries = await ledger_repository.event_entries(conn, event_id)
        known = {ledger.organiser_account(o.organiser_id): o for o in await organisers.of_event(conn, event_id)}
    lines = []
    for line in ledger.statement(entries):
        o = known.get(line.account)
        ids = _organiser_ids(line.account, o)
        lines.append(OrganiserStatementLine(
            **ids, lead=bool(o and o.lead), revenue_share_bps=o.revenue_share_bps if o else 0,
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


@router.get("/events/{event_id}/statement", response_model=Statement)
async def statement(event_id: OrganisedEvent, pool: PoolDep, settings: SettingsDep):
    """Gross, fees, refunds and net per co-organiser, in minor units."""
    return await _statement(pool, event_id, settings.platform_fee_bps)


@router.get("/events/{event_id}/statement.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}}})
async def statement_csv(event_id: OrganisedEvent, pool: PoolDep, settings: SettingsDep):
    found = await _statement(pool, event_id, settings.platform_fee_bps)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for line in found.organisers:
        writer.writerow(line.model_dump(mode="json"))
    return Response(out.getvalue(), media_type="text/csv", headers={
        "Content-Disposition": f'attachment; filename="statement-{event_id}.csv"'})
