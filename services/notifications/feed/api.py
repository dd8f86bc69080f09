"""The in-app feed: an organisation's, an expert's or the caller's own."""

from uuid import UUID

from fastapi import APIRouter

from services.notifications.feed import service
from services.notifications.feed.schemas import FeedItemRead, MarkRead
from shared.http import Cursor, Limit, Page, PoolDep
from shared.identity import CurrentPrincipal

router = APIRouter(tags=["feed"])


@router.get("/feed", response_model=Page[FeedItemRead])
async def list_feed(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                    expert_id: UUID | None = None, unread: bool = False, limit: Limit = 50, cursor: Cursor = None):
    rows = await service.list_items(pool, principal=principal, organisation_id=organisation_id,
                                    expert_id=expert_id, unread=unread, limit=limit, cursor=cursor)
    return Page.of(rows, limit)


@router.get("/feed/unread-count")
async def unread_count(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                       expert_id: UUID | None = None) -> dict[str, int]:
    unread = await service.unread_count(pool, principal=principal, organisation_id=organisation_id,
                                        expert_id=expert_id)
    return {"unread": unread}


@router.post("/feed/read")
async def mark_read(body: MarkRead, pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                    expert_id: UUID | None = None) -> dict[str, int]:
    """Mark the listed items read, or all of them; answers how many were unread."""
    marked = await service.mark_read(pool, principal=principal, organisation_id=organisation_id,
                                     expert_id=expert_id, item_ids=body.item_ids)
    return {"marked": marked}
