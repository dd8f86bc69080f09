"""Resource use cases: an organisation's admins list, change and withdraw what it offers."""

from uuid import UUID

import asyncpg

from services.registry.identity.service import caller_must_administer
from services.registry.resources import repository
from services.registry.resources.domain import Resource
from shared import outbox
from shared.auth import Principal
from shared.errors import NotFound


async def list_resource(pool: asyncpg.Pool, caller: Principal, **fields) -> Resource:
    resource = Resource.offer(**fields)
    caller_must_administer(caller, resource.organisation_id)
    async with pool.acquire() as conn, conn.transaction():
        if not await conn.fetchval("SELECT true FROM organisations WHERE id = $1", resource.organisation_id):
            raise NotFound(f"organisation {resource.organisation_id} not found")
        await repository.save(conn, resource)
        await outbox.record(conn, resource.events)
    return resource


async def change(pool: asyncpg.Pool, caller: Principal, resource_id: UUID, **changes) -> Resource:
    async with pool.acquire() as conn, conn.transaction():
        updated = (await _owned(conn, caller, resource_id)).changed(**changes)
        await repository.save(conn, updated)
        await outbox.record(conn, updated.events)
    return updated


async def withdraw(pool: asyncpg.Pool, caller: Principal, resource_id: UUID) -> Resource:
    async with pool.acquire() as conn, conn.transaction():
        gone = (await _owned(conn, caller, resource_id)).withdrawn()
        await repository.save(conn, gone)
        await outbox.record(conn, gone.events)
    return gone


async def _owned(conn: asyncpg.Connection, caller: Principal, resource_id: UUID) -> Resource:
    """The resource, locked, if the caller administers its organisation (or operates the platform)."""
    resource = await repository.load(conn, resource_id, lock=True)
    if resource is None:
        raise NotFound(f"resource {resource_id} not found")
    caller_must_administer(caller, resource.organisation_id)
    return resource
