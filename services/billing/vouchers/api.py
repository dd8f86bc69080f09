"""Organisers' vouchers for their events."""

from dataclasses import asdict

from fastapi import APIRouter

from services.billing.deps import OrganisedEvent
from services.billing.vouchers import service
from services.billing.vouchers.schemas import VoucherCreate, VoucherRead
from shared.http import PoolDep

router = APIRouter(tags=["organisers"])


@router.post("/events/{event_id}/vouchers", status_code=201, response_model=VoucherRead)
async def create_voucher(event_id: OrganisedEvent, body: VoucherCreate, pool: PoolDep):
    # The amount stays Money: model_dump would make it a dict.
    voucher = await service.create_voucher(pool, event_id=event_id, **{**body.model_dump(), "amount": body.amount})
    return VoucherRead(**asdict(voucher))


@router.get("/events/{event_id}/vouchers", response_model=list[VoucherRead])
async def list_vouchers(event_id: OrganisedEvent, pool: PoolDep):
    return [VoucherRead(**asdict(v)) for v in await service.vouchers_of_event(pool, event_id=event_id)]
