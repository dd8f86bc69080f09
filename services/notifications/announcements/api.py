"""Network announcements, posted by operators."""

from fastapi import APIRouter

from services.notifications.announcements import service
from services.notifications.announcements.schemas import Announced, AnnouncementCreate
from shared.http import PoolDep
from shared.identity import CurrentPrincipal

router = APIRouter(tags=["feed"])


@router.post("/announcements", status_code=202, tags=["announcements"], response_model=Announced,
             summary="Announce to the network")
async def announce(body: AnnouncementCreate, pool: PoolDep, principal: CurrentPrincipal) -> Announced:
    """Operators only (403 for anyone else): tell the network something. It reaches everyone subscribed to
    NetworkAnnouncement, by webhook, email or feed, as any public event does; 202 as deliveries follow."""
    announced = await service.announce(pool, principal=principal, title=body.title, body=body.body)
    return Announced(message_id=announced.message_id)
