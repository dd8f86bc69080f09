"""A unit of work writes what its aggregates recorded to the outbox exactly when it commits."""

import uuid
from dataclasses import dataclass, field

import pytest

from shared import inbox
from shared.contracts.registry import OrganisationRegistered
from shared.envelope import Envelope
from shared.unit_of_work import UnitOfWork

pytestmark = pytest.mark.integration


@dataclass
class Aggregate:
    events: list[Envelope] = field(default_factory=list)

    def register(self, name: str) -> OrganisationRegistered:
        event = OrganisationRegistered(aggregate_id=uuid.uuid4(), name=name, kind="ngo", country="UA", city="Lviv")
        self.events.append(event)
        return event


async def outbox_types(pool) -> list[tuple[str, str]]:
    return [(r["event_type"], r["payload"]["name"])
            for r in await pool.fetch("SELECT event_type, payload FROM outbox ORDER BY id")]


async def test_collected_events_reach_the_outbox_in_recorded_order_once_each(pool):
    aggregate = Aggregate()
    async with UnitOfWork(pool) as uow:
        uow.collect(aggregate)
        aggregate.register("first")
        aggregate.register("second")  # recorded after collect: still written, read at commit
        uow.collect(aggregate)  # collected twice: written once
    assert await outbox_types(pool) == [("OrganisationRegistered", "first"), ("OrganisationRegistered", "second")]


async def test_a_failed_block_writes_neither_the_change_nor_its_events(pool):
    await pool.execute("CREATE TABLE things (name text)")
    aggregate = Aggregate()
    with pytest.raises(RuntimeError):
        async with UnitOfWork(pool) as uow:
            await uow.conn.execute("INSERT INTO things VALUES ('kept?')")
            aggregate.register("lost")
            uow.collect(aggregate)
            raise RuntimeError("a rule failed after the write")
    assert await pool.fetchval("SELECT count(*) FROM things") == 0
    assert await outbox_types(pool) == []


async def test_an_inbox_duplicate_writes_no_second_set_of_events(pool):
    applied = Aggregate()
    seen = Aggregate().register("seen")

    async def apply(uow: UnitOfWork) -> None:
        uow.collect(applied.register("reaction"))

    assert await inbox.apply_once(pool, consumer="OrganisationRegistered", event=seen, apply=apply)
    assert not await inbox.apply_once(pool, consumer="OrganisationRegistered", event=seen, apply=apply)
    assert await outbox_types(pool) == [("OrganisationRegistered", "reaction")]
