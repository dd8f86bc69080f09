"""Map use cases: the graph, the geographic view by city, and the joint events that link partnerships on it
(network statistics: stats/)."""

import asyncpg

from services.registry.experts.domain import Audience
from services.registry.experts.service import audience_of
from services.registry.map import geo, graph, repository
from services.registry.map.domain import Scope
from shared.auth import Principal
from shared.contracts.events import EventCancelled, EventPublished
from shared.errors import NotFound
from shared.unit_of_work import UnitOfWork

PREFIX = {Audience.PUBLIC: "pub", Audience.NETWORK: "net"}


def _prefix(caller: Principal | None) -> str:
    return PREFIX[min(audience_of(caller), Audience.NETWORK)]


async def _prepare(conn: asyncpg.Connection, scope: Scope) -> None:
    """Matching names with the expert search's tolerance, within a network that exists."""
    await repository.match_names_as_search_does(conn)
    if scope.network_id and not await repository.networks(conn, scope.network_id):
        raise NotFound(f"network_id: no network {scope.network_id}")


async def network_graph(pool: asyncpg.Pool, caller: Principal | None, scope: Scope, *, max_experts: int) -> dict:
    async with pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
        await _prepare(conn, scope)
        return (await graph.build(conn, _prefix(caller), scope, max_experts=max_experts)).as_json()


async def geojson(pool: asyncpg.Pool, caller: Principal | None, scope: Scope) -> dict:
    async with pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
        await _prepare(conn, scope)
        return await geo.collection(conn, _prefix(caller), scope)


async def city(pool: asyncpg.Pool, caller: Principal | None, scope: Scope, *, city: str, country: str) -> dict:
    async with pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
        await _prepare(conn, scope)
        return await geo.city(conn, _prefix(caller), scope, city=city, country=country)


async def on_event_published(uow: UnitOfWork, event: EventPublished) -> None:
    """A published event with several organising partnerships links them on the map."""
    await repository.save_joint_event(
        uow.conn, event_id=event.aggregate_id, title=event.title, starts_at=event.starts_at, city=event.city,
        country=event.country, partnership_ids=[o.partnership_id for o in event.organisers if o.partnership_id],
        as_of=event.occurred_at)


async def on_event_cancelled(uow: UnitOfWork, event: EventCancelled) -> None:
    await repository.cancel_joint_event(uow.conn, event.aggregate_id, event.occurred_at)
