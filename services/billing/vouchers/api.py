"""Organisers' vouchers for their events."""

from dataclasses import asdict
from uuid import uuid4

from fastapi import APIRouter

from services.billing.orders import service
from services.billing.vouchers import repository as voucher_repository
from services.billing.orders.api import PoolDep
from services.billing.organisers.api import OrganisedEvent
from services.billing.organisers.schemas import VoucherCreate, VoucherRead
from services.billing.vouchers.domain import Voucher, check_new, normalise

router = APIRouter(tags=["organisers"])


@router.post("/events/{event_id}/vouchers", status_code=201, response_model=VoucherRead)
async def create_voucher(event_id: OrganisedEvent, body: VoucherCreate, pool: PoolDep):
    voucher = Voucher(id=uuid4(), event_id=event_id, uses=0, **{**body.model_dump(), "code": normalise(body.code),
                                                                  "amount": body.amount})
    async with pool.acquire() as conn, conn.transaction():
        check_new(voucher, await service.event_for_vouchers(conn, event_id))
        await voucher_repository.add(conn, voucher)
    return VoucherRead(**asdict(voucher))


@router.get("/events/{event_id}/vouchers", response_model=list[VoucherRead])
async def list_vouchers(event_id: OrganisedEvent, pool: PoolDep):
    async with pool.acquire() as conn:
        return [VoucherRead(**asdict(v)) for v in await voucher_repository.of_event(conn, event_id)]
