"""Who a scanned ticket admits: a valid ticket of this event, once. No I/O."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from shared.contracts.billing import TicketCheckedIn


def refusal(ticket: Mapping[str, Any] | None, event_id: UUID) -> dict | None:
    """Why the ticket does not admit its bearer to `event_id`, or None if it does."""
    if ticket is None:
        return {"result": "invalid", "detail": "no ticket has this code"}
    if ticket["event_id"] != event_id:
        return {"result": "other_event", "detail": "this ticket is for another event"}
    seen = {"ticket_id": ticket["id"], "ticket_type_name": ticket["ticket_type_name"]}
    if ticket["status"] != "valid":
        return {"result": "invalid", "detail": f"ticket was {ticket['status']}", **seen}
    if ticket["checked_in_at"] is not None:
        return {"result": "already_checked_in", "checked_in_at": ticket["checked_in_at"],
                "detail": f"already checked in at {ticket['checked_in_at'].isoformat()}", **seen}
    return None


def checked_in(ticket: Mapping[str, Any], at: datetime) -> TicketCheckedIn:
    return TicketCheckedIn(aggregate_id=ticket["order_id"], event_id=ticket["event_id"], ticket_id=ticket["id"],
                           ticket_type_id=ticket["ticket_type_id"], checked_in_at=at)
