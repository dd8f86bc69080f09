"""Cooperation requests over HTTP."""

from datetime import date
from typing import Annotated, Literal
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Query, Request
from pydantic import AwareDatetime, BaseModel, Field

from services.registry.cooperation import repository, service
from services.registry.identity.access import Caller

router = APIRouter(tags=["cooperation"])


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]


class CooperationAsk(BaseModel):
    requesting_partnership_id: UUID
    requested_partnership_id: UUID
    expert_id: UUID | None = None
    resource_id: UUID | None = None
    purpose: Literal["project", "event"]
    event_id: UUID | None = Field(None, description="the events service's event, when the purpose is an event")
    starts_on: date
    ends_on: date
    message: str | None = Field(None, max_length=5000)
    respond_by: AwareDatetime | None = Field(None, description="defaults to the start date")


class Answer(BaseModel):
    outcome: Literal["accepted", "declined", "withdrawn"]


@router.post("/cooperation-requests", status_code=201)
async def ask(body: CooperationAsk, pool: PoolDep, caller: Caller) -> dict:
    request = await service.ask(pool, caller, **body.model_dump())
    return await service.read(pool, caller, request.id)


@router.post("/cooperation-requests/{request_id}/answer")
async def answer(request_id: UUID, body: Answer, pool: PoolDep, caller: Caller) -> dict:
    """accepted or declined by the requested partnership; withdrawn by the requesting one."""
    await service.answer(pool, caller, request_id, body.outcome)
    return await service.read(pool, caller, request_id)


@router.get("/cooperation-requests/{request_id}")
async def get_request(request_id: UUID, pool: PoolDep, caller: Caller) -> dict:
    return await service.read(pool, caller, request_id)


@router.get("/cooperation-requests")
async def list_requests(pool: PoolDep, caller: Caller, status: str | None = None,
                        limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: UUID | None = None) -> dict:
    """Requests to or from the caller's partnerships (operators: all)."""
    partnerships = await service.visible_partnerships(pool, caller)
    async with pool.acquire() as conn:
        items = await repository.of_partnerships(conn, partnerships, status=status, limit=limit, after=cursor)
    return {"items": items, "next_cursor": items[-1]["id"] if len(items) == limit else None}
