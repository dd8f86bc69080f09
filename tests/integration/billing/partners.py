"""Organisers as billing meets them: a partnership whose admins hold registry tokens."""

from dataclasses import dataclass
from uuid import UUID, uuid4

from shared.contracts.events import Organiser
from shared.contracts.registry import MemberRole, PartnershipFormed, PartnershipMember
from tests.integration.billing.helpers import publish, until_consumed
from harness.auth import TokenFactory
from harness.services import eventually


@dataclass
class Partnership:
    id: UUID
    organisation_id: UUID

    def organiser(self, *, lead=True, share=10_000) -> Organiser:
        return Organiser(partnership_id=self.id, lead=lead, revenue_share_bps=share)


async def make_known(infra, billing, tokens: TokenFactory) -> None:
    """Publish the key as the registry would and wait until billing accepts its tokens."""
    await publish(infra, tokens.published)
    tokens.seed_client(billing.client, billing.runtime.pool)  # test users' memberships, as from the registry

    async def accepted():
        response = await billing.client.get(f"/events/{uuid4()}/orders", headers=tokens.headers(operator=True))
        return response.status_code == 404

    await eventually(accepted)


async def partnership(infra, billing) -> Partnership:
    """A partnership of one organisation, formed on the registry's topic and applied by billing."""
    formed = PartnershipFormed(aggregate_id=uuid4(), name="Kharkiv IT Cluster × KhNURE",
                               members=(PartnershipMember(organisation_id=uuid4(), role=MemberRole.LEAD),))
    [sent] = await publish(infra, formed)
    await until_consumed(infra, billing, sent)
    return Partnership(formed.aggregate_id, formed.members[0].organisation_id)
