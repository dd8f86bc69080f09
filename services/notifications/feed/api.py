"""The in-app feed: an organisation's, an expert's or the caller's own."""

from uuid import UUID

from fastapi import APIRouter

from services.notifications.feed import service
from services.notifications.feed.schemas import FeedItemRead, MarkedRead, MarkRead, UnreadCount
from shared import openapi
from shared.http import Cursor, Limit, Page, PoolDep
from shared.identity import CurrentPrincipal

router = APIRouter(tags=["feed"])


@router.get("/feed", response_model=Page[FeedItemRead], summary="List feed items")
async def list_feed(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                    expert_id: UUID | None = None, unread: bool = False, limit: Limit = 50, cursor: Cursor = None):
    """Newest first, only unread ones with `unread=true`; pass `next_cursor` back as `cursor` for older ones.
    The caller's own feed; with `organisation_id` an organisation's (its admins), with `expert_id` an expert's
    (themselves or their organisations' admins); operators may read any."""
    rows = await service.list_items(pool, principal=principal, organisation_id=organisation_id,
                                    expert_id=expert_id, unread=unread, limit=limit, cursor=cursor)
    return Page.of(rows, limit)


@router.get("/feed/unread-count", response_model=UnreadCount, summary="Count unread feed items")
async def unread_count(pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                       expert_id: UUID | None = None) -> UnreadCount:
    """How many items of a feed are unread: the caller's own, or (`organisation_id`, `expert_id`) one they may
    read, as for listing the feed."""
    unread = await service.unread_count(pool, principal=principal, organisation_id=organisation_id,
                                        expert_id=expert_id)
    return UnreadCount(unread=unread)


@router.post("/feed/read", response_model=MarkedRead, summary="Mark feed items read",
             responses=openapi.problems_for(status_404="One of `item_ids` is not in this feed; nothing was marked"))
async def mark_read(body: MarkRead, pool: PoolDep, principal: CurrentPrincipal, organisation_id: UUID | None = None,
                    expert_id: UUID | None = None) -> MarkedRead:
    """Mark the listed items read, or all of them; answers how many were unread. For a feed the caller may read,
    as for listing it."""
    marked = await service.mark_read(pool, principal=principal, organisation_id=organisation_id,
                                     expert_id=expert_id, item_ids=body.item_ids)
    return MarkedRead(marked=marked)
