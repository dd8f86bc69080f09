"""The in-app feed: an organisation's, an expert's or the caller's own."""

from uuid import UUID

import asyncpg

from services.notifications.feed import repository
from services.notifications.subscriptions.service import owner_of_request
from shared.auth import Principal
from shared.errors import NotFound
from shared.unit_of_work import UnitOfWork


async def list_items(pool: asyncpg.Pool, *, principal: Principal, organisation_id: UUID | None,
                     expert_id: UUID | None, unread: bool, limit: int, cursor: UUID | None) -> list[dict]:
    """Up to `limit` + 1 items, newest first."""
    async with pool.acquire() as conn:
        owner = await owner_of_request(conn, principal, organisation_id=organisation_id, expert_id=expert_id)
        return await repository.list_items(conn, owner, unread=unread, limit=limit + 1, before=cursor)


async def unread_count(pool: asyncpg.Pool, *, principal: Principal, organisation_id: UUID | None,
                       expert_id: UUID | None) -> int:
    async with pool.acquire() as conn:
        owner = await owner_of_request(conn, principal, organisation_id=organisation_id, expert_id=expert_id)
        return await repository.unread_count(conn, owner)


async def mark_read(pool: asyncpg.Pool, *, principal: Principal, organisation_id: UUID | None,
                    expert_id: UUID | None, item_ids: list[UUID] | None) -> int:
    """Mark the listed items read, or all of them; answers how many were unread."""
    async with UnitOfWork(pool) as uow:
        owner = await owner_of_request(uow.conn, principal, organisation_id=organisation_id, expert_id=expert_id)
        for item_id in item_ids or ():
            if not await repository.exists(uow.conn, owner, item_id):
                raise NotFound(f"item_ids: feed item {item_id} not found in this feed")
        return await repository.mark_read(uow.conn, owner, item_ids)
