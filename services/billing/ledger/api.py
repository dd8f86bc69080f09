"""Organiser statements per event, from the ledger: as JSON, and as CSV for the accountants."""

import csv
import io

from fastapi import APIRouter, Response

from services.billing.deps import OrganisedEvent, SettingsDep
from services.billing.ledger import service
from services.billing.ledger.schemas import OrganiserStatementLine, Statement
from shared.http import PoolDep

router = APIRouter(tags=["organisers"])
CSV_COLUMNS = list(OrganiserStatementLine.model_fields)


@router.get("/events/{event_id}/statement", response_model=Statement, summary="Get an event's statement")
async def statement(event_id: OrganisedEvent, pool: PoolDep, settings: SettingsDep):
    """Gross, fees, refunds and net per co-organiser, in minor units, lead first.

    For the event's organisers and platform operators: 404 for an unknown event, 403 for anyone else.
    """
    return await service.statement(pool, event_id=event_id, fee_bps=settings.platform_fee_bps)


@router.get("/events/{event_id}/statement.csv", response_class=Response, summary="Download an event's statement as CSV",
            responses={200: {"description": "A header row, then one row per co-organiser",
                             "content": {"text/csv": {"schema": {"type": "string"}}}}})
async def statement_csv(event_id: OrganisedEvent, pool: PoolDep, settings: SettingsDep):
    """The statement's lines as CSV for the accountants, columns named as the JSON statement's fields.

    For the event's organisers and platform operators: 404 for an unknown event, 403 for anyone else.
    """
    found = await service.statement(pool, event_id=event_id, fee_bps=settings.platform_fee_bps)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for line in found.organisers:
        writer.writerow(line.model_dump(mode="json"))
    return Response(out.getvalue(), media_type="text/csv", headers={
        "Content-Disposition": f'attachment; filename="statement-{event_id}.csv"'})
