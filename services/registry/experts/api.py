"""Experts and skills over HTTP: parse, call the use case, answer."""

from uuid import UUID

from fastapi import APIRouter

from services.registry.experts import service
from services.registry.experts.schemas import ExpertCreate, ExpertRead, ExpertUpdate, SkillCreate, SkillRead
from services.registry.experts.search_rows import Skill
from services.registry.identity.access import Caller, MaybeCaller
from shared import openapi
from shared.http import PoolDep

router = APIRouter(tags=["experts"])
# A field hidden from the caller is left out of the answer, not sent as null.
PROFILE = {"response_model": ExpertRead, "response_model_exclude_unset": True}


@router.post("/experts", status_code=201, summary="Register an expert", **PROFILE)
async def register_expert(body: ExpertCreate, pool: PoolDep, caller: Caller):
    """Publishes an expert's profile, affiliated with the organisations listed. The caller must administer each
    of them (or operate the platform), else 403. **422** also when a skill is not in the taxonomy, an
    organisation does not exist, or `user_email` names no user."""
    expert = await service.register(pool, caller, user_email=body.user_email, **body.fields(only_sent=False))
    return await service.read(pool, caller, expert.id)


@router.get("/experts/{expert_id}", summary="Read an expert's profile", **PROFILE)
async def get_expert(expert_id: UUID, pool: PoolDep, caller: MaybeCaller):
    """The profile as the caller may see it: hidden fields are left out. Anyone may read a published profile;
    a withdrawn one only the expert, their organisations' admins and operators (404 for everyone else)."""
    return await service.read(pool, caller, expert_id)


@router.patch("/experts/{expert_id}", summary="Change an expert's profile", **PROFILE)
async def change_expert(expert_id: UUID, body: ExpertUpdate, pool: PoolDep, caller: Caller):
    """Only the fields sent change. By the expert, an admin of their organisations or an operator (else 403);
    affiliating with another organisation needs an admin of it too. **422** for an unknown skill or
    organisation."""
    await service.change(pool, caller, expert_id, **body.fields(only_sent=True))
    return await service.read(pool, caller, expert_id)


@router.delete("/experts/{expert_id}", summary="Withdraw an expert", responses=openapi.problems_for(
    status_409="The expert is already withdrawn"), **PROFILE)
async def withdraw_expert(expert_id: UUID, pool: PoolDep, caller: Caller):
    """Takes the profile out of the registry and sends ExpertWithdrawn; answers the profile as it was. By the
    expert, an admin of their organisations or an operator (else 403)."""
    return ExpertRead.model_validate((await service.withdraw(pool, caller, expert_id)).visible_to(
        service.Audience.PRIVATE))


@router.get("/skills", summary="List the skills taxonomy", response_model=list[SkillRead])
async def list_skills(pool: PoolDep):
    """The taxonomy, parents before their children. Anyone may read it; experts and searches name skills by
    these slugs."""
    return [vars(s) for s in await service.skills(pool)]


@router.post("/skills", status_code=201, summary="Add a skill", response_model=SkillRead,
             responses=openapi.problems_for(status_409="A skill with this slug already exists"))
async def add_skill(body: SkillCreate, pool: PoolDep, caller: Caller):
    """Adds a skill to the taxonomy, under `parent` when given. Operators only (else 403); **422** when the
    parent is not a skill."""
    names = {language.value: name for language, name in body.names.items()}
    return vars(await service.add_skill(pool, caller, Skill(body.slug, body.name, names, body.parent)))
