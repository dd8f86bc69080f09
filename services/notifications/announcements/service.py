"""Operators tell the network something."""

import asyncpg

from services.notifications.announcements.domain import NetworkAnnouncement, announcement
from services.notifications.fanout.service import notify_subscribers
from shared.auth import Principal
from shared.unit_of_work import UnitOfWork


async def announce(pool: asyncpg.Pool, *, principal: Principal, title: str, body: str) -> NetworkAnnouncement:
    principal.require_operator("announcing to the network")
    news = announcement(title=title, body=body)
    async with UnitOfWork(pool) as uow:
        await notify_subscribers(uow.conn, news)
    return news
