"""Experts and skills over HTTP: parse, call the service layer, answer."""

from typing import Annotated, Literal
from uuid import UUID

import asyncpg
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, EmailStr, Field, model_validator

from services.registry.experts import repository, service
from services.registry.experts.indexing import Skill
from services.registry.identity.access import Caller, MaybeCaller
from shared.contracts.registry import ExpertRole

router = APIRouter(tags=["experts"])
Level = Literal["public", "network", "private"]
Text = Annotated[str, Field(min_length=1, max_length=300)]


def _pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


PoolDep = Annotated[asyncpg.Pool, Depends(_pool)]


class Visibility(BaseModel):
    """Who sees each field: public, network (members of the network) or private. Contacts are never public."""

    bio: Level | None = None
    location: Level | None = None
    languages: Level | None = None
    skills: Level | None = None
    roles: Level | None = None
    availability: Level | None = None
    email: Level | None = None
    phone: Level | None = None


class ExpertFields(BaseModel):
    skills: list[str] = Field(default_factory=list, max_length=50, description="slugs from GET /skills")
    languages: list[str] = Field(default_factory=list, max_length=20, description="ISO 639-1")
    roles: list[ExpertRole] = Field(default_factory=list)
    city: str | None = Field(None, max_length=200)
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    available_remote: bool = False
    availability: str | None = Field(None, max_length=1000)
    bio: str | None = Field(None, max_length=10_000)
    email: EmailStr | None = None
    phone: str | None = Field(None, pattern=r"^\+?[0-9 ()-]{5,30}$")
    visibility: Visibility = Field(default_factory=Visibility)


class ExpertCreate(ExpertFields):
    name: Text
    organisation_ids: list[UUID] = Field(min_length=1)
    user_email: str | None = Field(None, description="the expert's own account, if they have one")


class ExpertUpdate(ExpertFields):
    """Only the fields sent change."""

    name: Text | None = None
    organisation_ids: list[UUID] | None = Field(None, min_length=1)

    @model_validator(mode="after")
    def _required_fields_are_not_nulled(self) -> "ExpertUpdate":
        for name in ("name", "organisation_ids", "skills", "languages", "roles", "available_remote"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name}: must not be null")
        return self


class SkillCreate(BaseModel):
    slug: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: Text
    names: dict[str, Text] = Field(default_factory=dict)
    parent: str | None = None


def _fields(body: ExpertFields, *, only_sent: bool) -> dict:
    fields = body.model_dump(exclude_unset=only_sent, exclude={"user_email"})
    fields["visibility"] = body.visibility.model_dump(exclude_none=True)
    if only_sent and "visibility" not in body.model_fields_set:
        fields.pop("visibility")
    for name in ("skills", "languages", "roles", "organisation_ids"):
        if fields.get(name) is not None:
            fields[name] = tuple(fields[name])
    return fields


@router.post("/experts", status_code=201)
async def register_expert(body: ExpertCreate, pool: PoolDep, caller: Caller) -> dict:
    expert = await service.register(pool, caller, user_email=body.user_email, **_fields(body, only_sent=False))
    return await service.read(pool, caller, expert.id)


@router.get("/experts/{expert_id}")
async def get_expert(expert_id: UUID, pool: PoolDep, caller: MaybeCaller) -> dict:
    """The profile as the caller may see it: hidden fields are left out."""
    return await service.read(pool, caller, expert_id)


@router.patch("/experts/{expert_id}")
async def change_expert(expert_id: UUID, body: ExpertUpdate, pool: PoolDep, caller: Caller) -> dict:
    await service.change(pool, caller, expert_id, **_fields(body, only_sent=True))
    return await service.read(pool, caller, expert_id)


@router.delete("/experts/{expert_id}")
async def withdraw_expert(expert_id: UUID, pool: PoolDep, caller: Caller) -> dict:
    return (await service.withdraw(pool, caller, expert_id)).visible_to(service.Audience.PRIVATE)


@router.get("/skills")
async def list_skills(pool: PoolDep) -> list[dict]:
    """The taxonomy, parents before their children."""
    async with pool.acquire() as conn:
        skills = await repository.taxonomy(conn)
    return [vars(s) for s in sorted(skills.values(), key=lambda s: (s.parent is not None, s.parent or "", s.slug))]


@router.post("/skills", status_code=201)
async def add_skill(body: SkillCreate, pool: PoolDep, caller: Caller) -> dict:
    return vars(await service.add_skill(pool, caller, Skill(body.slug, body.name, body.names, body.parent)))
