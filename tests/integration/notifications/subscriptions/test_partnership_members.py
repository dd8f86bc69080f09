"""Whom a partnership's news concerns follows its membership: an organisation once it joins, until it leaves."""

import uuid

import pytest

from harness.services import eventually
from shared.contracts.registry import MemberRole, PartnershipMember, PartnershipMemberAdded, PartnershipMemberRemoved
from tests.integration.notifications.helpers import consumed
from tests.unit.notifications.factories import cooperation_requested, partnership_formed

pytestmark = pytest.mark.integration


async def test_a_partnerships_requests_reach_an_organisation_only_while_it_is_a_member(notifications, tokens,
                                                                                        publish):
    lead, joiner, partnership = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    feed = tokens.headers(admin_of=[joiner])
    response = await notifications.client.post("/subscriptions", headers=feed, json={
        "channel": "in_app", "organisation_id": str(joiner), "event_types": ["CooperationRequested"]})
    assert response.status_code == 201, response.text

    async def unread() -> int:
        answer = await notifications.client.get("/feed/unread-count", params={"organisation_id": str(joiner)},
                                                headers=feed)
        return answer.json()["unread"]

    async def asked() -> None:
        request = cooperation_requested(partnership)
        await publish(request)
        await consumed(notifications, request)

    formed = partnership_formed(lead, partnership_id=partnership)  # the joiner was invited, it has not accepted
    await publish(formed)
    await consumed(notifications, formed)
    await asked()
    assert await unread() == 0

    members = (PartnershipMember(organisation_id=lead, role=MemberRole.LEAD),
               PartnershipMember(organisation_id=joiner, role=MemberRole.PARTNER))
    joined = PartnershipMemberAdded(aggregate_id=partnership, organisation_id=joiner, role=MemberRole.PARTNER,
                                    members=members)
    await publish(joined)
    await consumed(notifications, joined)
    await asked()
    assert await eventually(unread) == 1

    left = PartnershipMemberRemoved(aggregate_id=partnership, organisation_id=joiner, members=members[:1])
    await publish(left)
    await consumed(notifications, left)
    await asked()
    assert await unread() == 1
