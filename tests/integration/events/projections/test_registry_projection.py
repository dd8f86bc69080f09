"""The registry's topics projected into the events service: idempotent, and rebuilt by replay."""

from datetime import timedelta
from uuid import uuid4

import pytest

from shared.contracts.registry import MemberRole, PartnershipFormed, PartnershipMember
from harness.services import eventually

pytestmark = pytest.mark.integration


def members(*organisation_ids) -> tuple[PartnershipMember, ...]:
    roles = [MemberRole.LEAD] + [MemberRole.PARTNER] * (len(organisation_ids) - 1)
    return tuple(PartnershipMember(organisation_id=o, role=r) for o, r in zip(organisation_ids, roles))


async def inbox_rows(events, message_id) -> int:
    async with events.runtime.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM inbox WHERE message_id = $1", message_id)


async def test_a_redelivered_registry_event_changes_nothing(events, registry):
    partnership_id, lead, partner = uuid4(), uuid4(), uuid4()
    formed = PartnershipFormed(aggregate_id=partnership_id, name="Original", members=members(lead, partner))
    await registry.publish(formed)
    projected = await eventually(lambda: registry.projected(partnership_id))

    await registry.until_consumed(await registry.publish(formed))  # the same message, again

    assert await registry.projected(partnership_id) == projected
    assert await inbox_rows(events, formed.message_id) == 1


async def test_a_stale_redelivery_does_not_undo_a_newer_event(events, registry):
    partnership_id, lead, partner, newcomer = uuid4(), uuid4(), uuid4(), uuid4()
    formed = PartnershipFormed(aggregate_id=partnership_id, name="Original", members=members(lead, partner))
    newer = PartnershipFormed(
        aggregate_id=partnership_id, name="Renamed", members=members(lead, partner, newcomer),
        occurred_at=formed.occurred_at + timedelta(seconds=1),
    )

    await registry.publish(formed)
    await registry.publish(newer)
    await registry.until_consumed(await registry.publish(formed))

    projection = await registry.projected(partnership_id)
    assert projection["name"] == "Renamed"
    assert {m["organisation_id"] for m in projection["members"]} == {lead, partner, newcomer}


async def test_replaying_the_topic_rebuilds_the_same_projection(events, registry):
    formed = await registry.form_partnership("Replayed")
    before = await registry.projected(formed.aggregate_id)
    async with events.runtime.pool.acquire() as conn:  # forget having seen it, as a rebuild would
        await conn.execute("DELETE FROM inbox WHERE message_id = $1", formed.message_id)

    await registry.until_consumed(await registry.publish(formed))

    assert await inbox_rows(events, formed.message_id) == 1  # applied again, as an upsert
    assert await registry.projected(formed.aggregate_id) == before

