"""Network use cases (operators): form a network, add partnerships, designate the champion for a period."""

import uuid
from datetime import date
from uuid import UUID

import asyncpg

from services.registry.networks import domain, repository
from services.registry.networks.schemas import NetworkRead
from shared.auth import Principal
from shared.errors import Conflict, DomainError, NotFound
from shared.unit_of_work import UnitOfWork


async def form(*, pool: asyncpg.Pool, caller: Principal, name: str, description: str | None,
               partnership_ids: list[UUID]) -> UUID:
    caller.require_operator("forming a network")
    network_id = uuid.uuid4()
    async with UnitOfWork(pool) as uow:
        await _known_partnerships(uow.conn, partnership_ids)
        if not await repository.add_network(uow.conn, network_id, name, description, partnership_ids):
            raise Conflict(f"name: a network named {name!r} already exists")
        uow.collect(domain.network_formed(network_id, name, partnership_ids))
    return network_id


async def join(*, pool: asyncpg.Pool, caller: Principal, network_id: UUID, partnership_id: UUID) -> None:
    caller.require_operator("adding a partnership to a network")
    async with UnitOfWork(pool) as uow:
        await _network(uow.conn, network_id)
        await _known_partnerships(uow.conn, [partnership_id])
        if not await repository.add_partnership(uow.conn, network_id, partnership_id):
            raise Conflict(f"partnership_id: partnership {partnership_id} is already in network {network_id}")
        uow.collect(domain.partnership_joined(network_id, partnership_id))


async def designate_champion(*, pool: asyncpg.Pool, caller: Principal, network_id: UUID, partnership_id: UUID,
                             period_start: date, period_end: date) -> None:
    caller.require_operator("designating a network's champion")
    async with UnitOfWork(pool) as uow:
        await _network(uow.conn, network_id, lock=True)  # serialises designations in this network
        if not await repository.has_partnership(uow.conn, network_id, partnership_id):
            raise DomainError(f"partnership_id: partnership {partnership_id} is not in network {network_id}")
        clash = await repository.overlapping_champion(uow.conn, network_id, period_start, period_end)
        designated = domain.champion_designated(network_id, partnership_id=partnership_id, period_start=period_start,
                                                period_end=period_end, clash=clash)
        await repository.add_champion(uow.conn, network_id, partnership_id, period_start, period_end)
        uow.collect(designated)


async def read(*, pool: asyncpg.Pool, network_id: UUID) -> NetworkRead:
    async with pool.acquire() as conn:
        return await _read(conn, network_id)


async def list_networks(*, pool: asyncpg.Pool, partnership_id: UUID | None = None) -> list[NetworkRead]:
    async with pool.acquire() as conn:
        return [await _read(conn, network_id) for network_id in await repository.network_ids(conn, partnership_id)]


async def _read(conn: asyncpg.Connection, network_id: UUID) -> NetworkRead:
    network = await _network(conn, network_id)
    return NetworkRead.model_validate({**network, "partnership_ids": await repository.partnership_ids(conn, network_id),
                                       "champions": await repository.champions(conn, network_id)})


async def _network(conn: asyncpg.Connection, network_id: UUID, *, lock: bool = False) -> dict:
    network = await repository.network(conn, network_id, lock=lock)
    if network is None:
        raise NotFound(f"network {network_id} not found")
    return network


async def _known_partnerships(conn: asyncpg.Connection, ids: list[UUID]) -> None:
    if error := domain.unknown_partnership(ids, await repository.known_partnerships(conn, ids)):
        raise error
