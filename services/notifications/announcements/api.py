"""Network announcements, posted by operators."""

from fastapi import APIRouter

from services.notifications.announcements import service
from services.notifications.announcements.schemas import AnnouncementCreate
from shared.http import PoolDep
from shared.identity import CurrentPrincipal

router = APIRouter(tags=["feed"])


@router.post("/announcements", status_code=202, tags=["announcements"])
async def announce(body: AnnouncementCreate, pool: PoolDep, principal: CurrentPrincipal) -> dict[str, str]:
    """Operators tell the network something; it reaches everyone subscribed to NetworkAnnouncement."""
    announced = await service.announce(pool, principal=principal, title=body.title, body=body.body)
    return {"message_id": str(announced.message_id)}
