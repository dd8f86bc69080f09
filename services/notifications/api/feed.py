"""The in-app feed (an organisation's, an expert's or the caller's own) and network announcements."""

from uuid import UUID

from fastapi import APIRouter

from services.notifications import feeds
from services.notifications.api.deps import Limit, PoolDep
from services.notifications.schemas import AnnouncementCreate, FeedItemRead, MarkRead
from shared.http import Page
from shared.identity import CurrentPrincipal

router = APIRouter(tags=["feed"])


@router.get("/feed", response_model=Page[FeedItemRead])
async def list_feed(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                    expert_id: UUID | None = None, unread: bool = False, limit: Limit = 50, cursor: UUID | None = None):
    items = await feeds.list_items(pool, principal, organisation_id=organisation_id, expert_id=expert_id,
                                   unread=unread, limit=limit, cursor=cursor)
    return {"items": items, "next_cursor": items[-1]["id"] if len(items) == limit else None}


@router.get("/feed/unread-count")
async def unread_count(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                       expert_id: UUID | None = None) -> dict[str, int]:
    return {"unread": await feeds.unread_count(pool, principal, organisation_id=organisation_id, expert_id=expert_id)}


@router.post("/feed/read")
async def mark_read(body: MarkRead, pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                    expert_id: UUID | None = None) -> dict[str, int]:
    """Mark the listed items read, or all of them; answers how many were unread."""
    marked = await feeds.mark_read(pool, principal, organisation_id=organisation_id, expert_id=expert_id,
                                   item_ids=body.item_ids)
    return {"marked": marked}


@router.post("/announcements", status_code=202, tags=["announcements"])
async def announce(body: AnnouncementCreate, pool: PoolDep, principal: CurrentPrincipal) -> dict[str, str]:
    """Operators tell the network something; it reaches everyone subscribed to NetworkAnnouncement."""
    announcement = await feeds.announce(pool, principal, title=body.title, body=body.body)
    return {"message_id": str(announcement.message_id)}
