"""Network announcements: posted by operators, fanned out like any public event."""

from typing import Literal

from shared.envelope import Envelope


class NetworkAnnouncement(Envelope):
    """Lives only inside notifications: it is planned from the API, never carried by the bus."""

    type: Literal["NetworkAnnouncement"] = "NetworkAnnouncement"
    producer: Literal["notifications"] = "notifications"
    title: str
    body: str
