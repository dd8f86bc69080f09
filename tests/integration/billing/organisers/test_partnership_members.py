"""A partnership's organisers in billing follow its membership: an organisation acts once it joins, not before."""

from uuid import uuid4

import pytest

from shared.contracts.registry import MemberRole, PartnershipMember, PartnershipMemberAdded, PartnershipMemberRemoved
from tests.integration.billing.helpers import offer, publish, published, put_on_sale, until_consumed
from tests.integration.billing.partners import partnership

pytestmark = pytest.mark.integration


async def test_a_joining_organisations_admins_see_orders_only_while_it_is_a_member(infra, billing, tokens):
    ours = await partnership(infra, billing)  # formed with its lead only: invited organisations are not in it
    event = published(offer(capacity=5), organisers=(ours.organiser(),))
    await put_on_sale(infra, billing, event)
    joiner = uuid4()
    orders = f"/events/{event.aggregate_id}/orders"
    admin = tokens.headers(admin_of=[joiner])
    assert (await billing.client.get(orders, headers=admin)).status_code == 403

    lead = PartnershipMember(organisation_id=ours.organisation_id, role=MemberRole.LEAD)
    both = (lead, PartnershipMember(organisation_id=joiner, role=MemberRole.PARTNER))
    [joined] = await publish(infra, PartnershipMemberAdded(aggregate_id=ours.id, organisation_id=joiner,
                                                           role=MemberRole.PARTNER, members=both))
    await until_consumed(infra, billing, joined)
    assert (await billing.client.get(orders, headers=admin)).status_code == 200

    [left] = await publish(infra, PartnershipMemberRemoved(aggregate_id=ours.id, organisation_id=joiner,
                                                           members=(lead,)))
    await until_consumed(infra, billing, left)
    assert (await billing.client.get(orders, headers=admin)).status_code == 403
    lead_admin = tokens.headers(admin_of=[ours.organisation_id])
    assert (await billing.client.get(orders, headers=lead_admin)).status_code == 200
