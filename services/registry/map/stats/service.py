"""Network statistics for the caller's audience: what they may see is all that is counted."""

from uuid import UUID

import asyncpg

from services.registry.experts.domain import Audience
from services.registry.experts.service import audience_of
from services.registry.map.stats import repository
from shared.auth import Principal
from shared.errors import NotFound

PREFIX = {Audience.PUBLIC: "pub", Audience.NETWORK: "net"}


async def statistics(pool: asyncpg.Pool, caller: Principal | None, *, network_id: UUID | None) -> dict:
    prefix = PREFIX[min(audience_of(caller), Audience.NETWORK)]
    async with pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
        ids = None
        if network_id is not None:
            if not await repository.network_exists(conn, network_id):
                raise NotFound(f"network_id: no network {network_id}")
            ids = await repository.organisation_ids_of(conn, network_id)
        counts = await repository.counts(conn, prefix, ids)
        places = await repository.by_city(conn, prefix, ids)
        connected = await repository.most_connected(conn, ids)
    by_city = {f"{p['city']}, {p['country']}": {"organisations": p["organisations"], "experts": p["experts"]}
               for p in places}
    return {**counts, "by_city": by_city, "most_connected_organisations": connected}
