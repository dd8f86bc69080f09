"""Network announcements: posted by operators, fanned out like any public event."""

from typing import Literal

from services.notifications.ids import new_id
from shared.envelope import Envelope


class NetworkAnnouncement(Envelope):
    """Lives only inside notifications: it is planned from the API, never carried by the bus."""

    type: Literal["NetworkAnnouncement"] = "NetworkAnnouncement"
    producer: Literal["notifications"] = "notifications"
    title: str
    body: str


def announcement(*, title: str, body: str) -> NetworkAnnouncement:
    """A new announcement, fanned out to everyone subscribed to NetworkAnnouncement."""
    return NetworkAnnouncement(aggregate_id=new_id(), title=title, body=body)
