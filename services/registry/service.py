"""Registry use cases: each one transaction holding the change and its events."""

from uuid import UUID

import asyncpg

from services.registry import repository
from services.registry.domain import Organisation, Partnership
from shared import outbox
from shared.contracts.registry import OrganisationKind, PartnershipMember
from shared.http import DomainError


async def register_organisation(
    pool: asyncpg.Pool,
    *,
    name: str,
    kind: OrganisationKind,
    country: str,
    city: str,
    website: str | None = None,
    description: str | None = None,
) -> Organisation:
    organisation = Organisation.register(
        name=name, kind=kind, country=country, city=city, website=website, description=description
    )
    async with pool.acquire() as conn, conn.transaction():
        await repository.add_organisation(conn, organisation)
        await outbox.record(conn, organisation.events)
    return organisation


async def form_partnership(
    pool: asyncpg.Pool, *, name: str, programme: str | None, members: tuple[PartnershipMember, ...]
) -> Partnership:
    partnership = Partnership.form(name=name, programme=programme, members=members)
    async with pool.acquire() as conn, conn.transaction():
        unknown = await repository.unknown_organisations(conn, [m.organisation_id for m in members])
        if unknown:
            raise DomainError(f"members: unknown organisation(s) {', '.join(map(str, unknown))}")
        await repository.add_partnership(conn, partnership)
        await outbox.record(conn, partnership.events)
    return partnership


async def get_organisation(pool: asyncpg.Pool, organisation_id: UUID):
    async with pool.acquire() as conn:
        return await repository.get_organisation(conn, organisation_id)


async def get_partnership(pool: asyncpg.Pool, partnership_id: UUID):
    async with pool.acquire() as conn:
        return await repository.get_partnership(conn, partnership_id)
