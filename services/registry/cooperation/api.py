"""Cooperation requests over HTTP: asked by one partnership of another, answered by the side it falls to."""

from uuid import UUID

from fastapi import APIRouter

from services.registry.cooperation import service
from services.registry.cooperation.schemas import CooperationAnswer, CooperationCreate, CooperationRead, Status
from services.registry.identity.access import Caller
from shared import openapi
from shared.http import Cursor, Limit, Page, PoolDep

router = APIRouter(tags=["cooperation"])


@router.post("/cooperation-requests", status_code=201, response_model=CooperationRead,
             summary="Ask another partnership to cooperate")
async def ask(body: CooperationCreate, pool: PoolDep, caller: Caller):
    """By an admin of a member of the requesting partnership, or an operator (else 403): for one published expert
    or one listed resource of a member of the requested partnership. Both partnerships must exist and differ, the
    cooperation starts in the future, and an event is named when it is the purpose (each a 422). Unanswered, the
    request expires at `respond_by`, or when the cooperation would start."""
    request = await service.ask(pool=pool, caller=caller, **body.model_dump())
    return await service.read(pool=pool, caller=caller, request_id=request.id)


@router.post("/cooperation-requests/{request_id}/answer", response_model=CooperationRead,
             summary="Answer a cooperation request",
             responses=openapi.problems_for(status_409="The request is no longer pending, or it has expired"))
async def answer(request_id: UUID, body: CooperationAnswer, pool: PoolDep, caller: Caller):
    """Accepted or declined by an admin of a member of the requested partnership; withdrawn by one of the
    requesting partnership (operators may do either; anyone else gets a 403). Only a pending request that has not
    expired is answered."""
    await service.answer(pool=pool, caller=caller, request_id=request_id, outcome=body.outcome)
    return await service.read(pool=pool, caller=caller, request_id=request_id)


@router.get("/cooperation-requests/{request_id}", response_model=CooperationRead,
            summary="Read a cooperation request")
async def get_request(request_id: UUID, pool: PoolDep, caller: Caller):
    """For members of either partnership and operators; to anyone else it does not exist (404)."""
    return await service.read(pool=pool, caller=caller, request_id=request_id)


@router.get("/cooperation-requests", response_model=Page[CooperationRead], summary="List cooperation requests")
async def list_requests(pool: PoolDep, caller: Caller, status: Status | None = None, limit: Limit = 50,
                        cursor: Cursor = None):
    """Requests to or from the partnerships of the caller's organisations (operators: all), in id order."""
    return await service.list_requests(pool=pool, caller=caller, status=status, limit=limit, cursor=cursor)
