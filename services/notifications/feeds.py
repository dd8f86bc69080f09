"""The in-app feed and network announcements."""

from uuid import UUID

import asyncpg

from services.notifications import managing, planning
from services.notifications.domain import new_id
from services.notifications.domain.announcements import NetworkAnnouncement
from services.notifications.repository import feed
from shared.auth import Principal
from shared.errors import NotFound


async def list_items(pool: asyncpg.Pool, principal: Principal, *, organisation_id: UUID | None,
                     expert_id: UUID | None, unread: bool, limit: int, cursor: UUID | None) -> list[dict]:
    async with pool.acquire() as conn:
        owner = await managing.owner_of_request(conn, principal, organisation_id, expert_id)
        return await feed.list_items(conn, owner, unread=unread, limit=limit, before=cursor)


async def unread_count(pool: asyncpg.Pool, principal: Principal, *, organisation_id: UUID | None,
                       expert_id: UUID | None) -> int:
    async with pool.acquire() as conn:
        owner = await managing.owner_of_request(conn, principal, organisation_id, expert_id)
        return await feed.unread_count(conn, owner)


async def mark_read(pool: asyncpg.Pool, principal: Principal, *, organisation_id: UUID | None,
                    expert_id: UUID | None, item_ids: list[UUID] | None) -> int:
    async with pool.acquire() as conn, conn.transaction():
        owner = await managing.owner_of_request(conn, principal, organisation_id, expert_id)
        for item_id in item_ids or ():
            if not await feed.exists(conn, owner, item_id):
                raise NotFound(f"item_ids: feed item {item_id} not found in this feed")
        return await feed.mark_read(conn, owner, item_ids)


async def announce(pool: asyncpg.Pool, principal: Principal, *, title: str, body: str) -> NetworkAnnouncement:
    principal.require_operator("announcing to the network")
    announcement = NetworkAnnouncement(aggregate_id=new_id(), title=title, body=body)
    async with pool.acquire() as conn, conn.transaction():
        await planning.notify_subscribers(conn, announcement)
    return announcement
