"""The projections the consumers keep: the registry's news and billing's seat counts.

Each message is applied once (`inbox.apply_once`): a redelivery changes nothing, and
since every projector upserts guarded by the message's time, replaying a topic from
the start rebuilds the same rows.
"""

import asyncpg

from services.events import partners, seats
from shared import inbox
from shared.contracts.billing import SeatsAvailabilityChanged
from shared.envelope import Envelope


async def project_registry_event(pool: asyncpg.Pool, event: Envelope) -> bool:
    """Apply a registry event to the projection once; False for a redelivery."""
    return await inbox.apply_once(
        pool, consumer=event.type, event=event, apply=lambda uow: partners.project(uow.conn, event)
    )


async def project_inventory_event(pool: asyncpg.Pool, event: Envelope) -> bool:
    if not isinstance(event, SeatsAvailabilityChanged):
        return False  # the topic's union may grow: other types are not ours to project
    return await inbox.apply_once(
        pool, consumer=event.type, event=event, apply=lambda uow: seats.upsert_seats(uow.conn, event)
    )
