"""Cooperation requests over HTTP: asked by one partnership of another, answered by the side it falls to."""

from uuid import UUID

from fastapi import APIRouter

from services.registry.cooperation import service
from services.registry.cooperation.schemas import CooperationAnswer, CooperationCreate, CooperationRead
from services.registry.identity.access import Caller
from shared.http import Cursor, Limit, Page, PoolDep

router = APIRouter(tags=["cooperation"])


@router.post("/cooperation-requests", status_code=201, response_model=CooperationRead)
async def ask(body: CooperationCreate, pool: PoolDep, caller: Caller):
    request = await service.ask(pool=pool, caller=caller, **body.model_dump())
    return await service.read(pool=pool, caller=caller, request_id=request.id)


@router.post("/cooperation-requests/{request_id}/answer", response_model=CooperationRead)
async def answer(request_id: UUID, body: CooperationAnswer, pool: PoolDep, caller: Caller):
    """accepted or declined by the requested partnership; withdrawn by the requesting one."""
    await service.answer(pool=pool, caller=caller, request_id=request_id, outcome=body.outcome)
    return await service.read(pool=pool, caller=caller, request_id=request_id)


@router.get("/cooperation-requests/{request_id}", response_model=CooperationRead)
async def get_request(request_id: UUID, pool: PoolDep, caller: Caller):
    return await service.read(pool=pool, caller=caller, request_id=request_id)


@router.get("/cooperation-requests", response_model=Page[CooperationRead])
async def list_requests(pool: PoolDep, caller: Caller, status: str | None = None, limit: Limit = 50,
                        cursor: Cursor = None):
    """Requests to or from the caller's partnerships (operators: all)."""
    return await service.list_requests(pool=pool, caller=caller, status=status, limit=limit, cursor=cursor)
