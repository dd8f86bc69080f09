"""Organisation use cases: register, change, read, list — each change one unit of work with its events."""

import contextlib
from collections.abc import AsyncIterator
from uuid import UUID

import asyncpg

from services.registry.identity import memberships
from services.registry.identity.domain import caller_must_administer
from services.registry.organisations import codes, domain, repository
from services.registry.organisations.domain import Organisation
from services.registry.organisations.schemas import OrganisationRead
from shared.auth import Principal, Role
from shared.contracts.registry import OrganisationKind
from shared.errors import Conflict, NotFound
from shared.http import Page
from shared.unit_of_work import UnitOfWork


async def register_organisation(*, pool: asyncpg.Pool, caller: Principal, **fields) -> Organisation:
    """Any signed-in user may register an organisation; they become its first admin."""
    organisation = Organisation.register(**fields)
    async with _name_must_be_free(pool, organisation), UnitOfWork(pool) as uow:
        await repository.add_organisation(uow.conn, organisation)
        await memberships.grant(uow, UUID(caller.subject), organisation.id, Role.ADMIN)
        uow.collect(organisation)
    return organisation


async def update_organisation(*, pool: asyncpg.Pool, caller: Principal, organisation_id: UUID,
                              **changes) -> Organisation:
    caller_must_administer(caller, organisation_id)
    if "status" in changes:
        caller.require_operator("suspending or reactivating an organisation")
    async with UnitOfWork(pool) as uow:
        current = await repository.load_organisation(uow.conn, organisation_id, lock=True)
        if current is None:
            raise NotFound(f"organisation {organisation_id} not found")
        updated = current.changed(**changes)
        async with _name_must_be_free(pool, updated):
            await repository.save_organisation(uow.conn, updated)
        uow.collect(updated)
    return updated


@contextlib.asynccontextmanager
async def _name_must_be_free(pool: asyncpg.Pool, organisation: Organisation) -> AsyncIterator[None]:
    """The unique index decides (no check-then-write race); a refusal names the organisation that has the name."""
    try:
        yield
    except asyncpg.UniqueViolationError as error:
        if error.constraint_name != repository.UNIQUE_NAME:
            raise
        async with pool.acquire() as conn:
            existing = await repository.same_name(conn, organisation)
        raise Conflict(domain.name_taken(existing) if existing else
                       f"{organisation.name!r} was just taken in {organisation.city}, {organisation.country}") from None


async def read(*, pool: asyncpg.Pool, caller: Principal | None, organisation_id: UUID) -> OrganisationRead:
    async with pool.acquire() as conn:
        row = await repository.get_organisation(conn, organisation_id)
    if row is None:
        raise NotFound(f"organisation {organisation_id} not found")
    return OrganisationRead.model_validate(domain.visible_to(row, caller))


async def list_organisations(*, pool: asyncpg.Pool, caller: Principal | None, limit: int, cursor: UUID | None,
                             q: str | None, kind: OrganisationKind | None, country: str | None, city: str | None,
                             sector: str | None) -> Page[OrganisationRead]:
    async with pool.acquire() as conn:
        rows = await repository.list_organisations(
            conn, limit=limit + 1, after=cursor, q=q.strip() or None if q else None,
            kind=kind.value if kind else None, country=codes.country(country) if country else None, city=city,
            sector=sector)
    return Page[OrganisationRead].of([OrganisationRead.model_validate(domain.visible_to(r, caller)) for r in rows],
                                     limit)
