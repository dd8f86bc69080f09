"""The registry's networks of partnerships (registry.network.v1), projected for feeds and searches.

A network is a named set of partnerships, e.g. a national Creative Spark network; its
events are those any of its partnerships co-organises.
"""

from shared.contracts.registry import NetworkFormed, NetworkPartnershipJoined
from shared.unit_of_work import UnitOfWork


async def upsert_network(uow: UnitOfWork, event: NetworkFormed) -> None:
    changed = await uow.conn.fetchval(
        "INSERT INTO networks (id, name, as_of) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE"
        " SET name = EXCLUDED.name, as_of = EXCLUDED.as_of WHERE networks.as_of <= EXCLUDED.as_of RETURNING true",
        event.aggregate_id, event.name, event.occurred_at,
    )
    if changed:
        await uow.conn.executemany(
            "INSERT INTO network_partnerships (network_id, partnership_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            [(event.aggregate_id, p) for p in event.partnership_ids],
        )


async def join_network(uow: UnitOfWork, event: NetworkPartnershipJoined) -> None:
    await uow.conn.execute(
        "INSERT INTO network_partnerships (network_id, partnership_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        event.aggregate_id, event.partnership_id,
    )
