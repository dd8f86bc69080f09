"""Experts and skills over HTTP: parse, call the use case, answer."""

from uuid import UUID

from fastapi import APIRouter

from services.registry.experts import service
from services.registry.experts.schemas import ExpertCreate, ExpertRead, ExpertUpdate, SkillCreate, SkillRead
from services.registry.experts.search_rows import Skill
from services.registry.identity.access import Caller, MaybeCaller
from shared.http import PoolDep

router = APIRouter(tags=["experts"])
# A field hidden from the caller is left out of the answer, not sent as null.
PROFILE = {"response_model": ExpertRead, "response_model_exclude_unset": True}


@router.post("/experts", status_code=201, **PROFILE)
async def register_expert(body: ExpertCreate, pool: PoolDep, caller: Caller):
    expert = await service.register(pool, caller, user_email=body.user_email, **body.fields(only_sent=False))
    return await service.read(pool, caller, expert.id)


@router.get("/experts/{expert_id}", **PROFILE)
async def get_expert(expert_id: UUID, pool: PoolDep, caller: MaybeCaller):
    """The profile as the caller may see it: hidden fields are left out."""
    return await service.read(pool, caller, expert_id)


@router.patch("/experts/{expert_id}", **PROFILE)
async def change_expert(expert_id: UUID, body: ExpertUpdate, pool: PoolDep, caller: Caller):
    await service.change(pool, caller, expert_id, **body.fields(only_sent=True))
    return await service.read(pool, caller, expert_id)


@router.delete("/experts/{expert_id}", **PROFILE)
async def withdraw_expert(expert_id: UUID, pool: PoolDep, caller: Caller):
    return ExpertRead.model_validate((await service.withdraw(pool, caller, expert_id)).visible_to(
        service.Audience.PRIVATE))


@router.get("/skills", response_model=list[SkillRead])
async def list_skills(pool: PoolDep):
    """The taxonomy, parents before their children."""
    return [vars(s) for s in await service.skills(pool)]


@router.post("/skills", status_code=201, response_model=SkillRead)
async def add_skill(body: SkillCreate, pool: PoolDep, caller: Caller):
    return vars(await service.add_skill(pool, caller, Skill(body.slug, body.name, body.names, body.parent)))
