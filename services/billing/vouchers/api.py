"""Organisers' vouchers for their events."""

from dataclasses import asdict

from fastapi import APIRouter

from services.billing.deps import OrganisedEvent
from services.billing.vouchers import service
from services.billing.vouchers.schemas import VoucherCreate, VoucherRead
from shared import openapi
from shared.http import PoolDep

router = APIRouter(tags=["organisers"])


@router.post("/events/{event_id}/vouchers", status_code=201, response_model=VoucherRead, summary="Create a voucher",
             responses=openapi.problems_for(status_409="The event has a voucher of this code already"))
async def create_voucher(event_id: OrganisedEvent, body: VoucherCreate, pool: PoolDep):
    """A discount code buyers of the event can redeem, for its organisers and platform operators.

    A percentage voucher takes `percent`, a fixed one an `amount` in the tickets' currency; 422 also for
    terms that do not fit together or the event (a window ending before it starts, an unknown ticket type,
    another currency). 404 for an unknown event, 403 for a caller who does not organise it.
    """
    # The amount stays Money: model_dump would make it a dict.
    voucher = await service.create_voucher(pool, event_id=event_id, **{**body.model_dump(), "amount": body.amount})
    return VoucherRead(**asdict(voucher))


@router.get("/events/{event_id}/vouchers", response_model=list[VoucherRead], summary="List an event's vouchers")
async def list_vouchers(event_id: OrganisedEvent, pool: PoolDep):
    """Every voucher of the event with how often it was used, for its organisers and platform operators.

    404 for an unknown event, 403 for a caller who does not organise it.
    """
    return [VoucherRead(**asdict(v)) for v in await service.vouchers_of_event(pool, event_id=event_id)]
