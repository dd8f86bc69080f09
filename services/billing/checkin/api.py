"""A ticket's QR code, for the buyer (order secret) to show at the door."""

import io
from typing import Annotated, Literal
from uuid import UUID

import segno
from fastapi import APIRouter, Query, Response

from services.billing.deps import OrderSecret
from services.billing.orders import service
from shared.errors import NotFound
from shared.http import PoolDep

router = APIRouter(tags=["orders"])
MEDIA_TYPES = {"svg": "image/svg+xml", "png": "image/png"}


_IMAGE = {"schema": {"type": "string", "format": "binary"}}


@router.get("/orders/{order_id}/tickets/{ticket_id}/qr", response_class=Response, summary="Get a ticket's QR code",
            responses={200: {"description": "The QR code, as SVG or PNG (`format`)",
                             "content": {media_type: _IMAGE for media_type in MEDIA_TYPES.values()}}})
async def ticket_qr(order_id: UUID, ticket_id: UUID, secret: OrderSecret, pool: PoolDep,
                    format: Annotated[Literal["svg", "png"], Query(description="The image's format")] = "svg"):
    """The QR code of a ticket, for whoever holds its order's secret or link key to show at the door.

    It encodes the ticket's code, which is what the door scanner sends to check-in. 404 alike for an unknown
    order, a missing or wrong secret, and a ticket that is not one of the order's.
    """
    tickets = await service.tickets(pool, order_id=order_id, secret=secret)
    ticket = next((t for t in tickets if t["id"] == ticket_id), None)
    if ticket is None:
        raise NotFound(f"ticket {ticket_id} not found in order {order_id}")
    buffer = io.BytesIO()
    segno.make(ticket["code"], error="m").save(buffer, kind=format, scale=6, border=2)
    return Response(buffer.getvalue(), media_type=MEDIA_TYPES[format],
                    headers={"Cache-Control": "private, max-age=3600"})
