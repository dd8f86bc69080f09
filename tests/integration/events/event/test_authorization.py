"""Who may do what, with the registry's tokens: co-organisers' admins edit, the lead cancels,
operators do anything, the public reads published events only."""

from uuid import uuid4

import pytest

from shared.contracts.registry import MemberRole, PartnershipMember, PartnershipMemberAdded
from tests.integration.events.conftest import event_body
from harness.auth import TokenFactory
from harness.kafka import publish_events
from harness.services import eventually

pytestmark = pytest.mark.integration


def admin(formed) -> dict:
    return {"admin_of": [formed.members[0].organisation_id]}


@pytest.fixture
async def joint(events, registry, tokens):
    """A joint event of two partnerships, drafted by an admin of the lead's first member."""
    lead, partner = await registry.form_partnership("Lead"), await registry.form_partnership("Partner")
    body = event_body(lead.aggregate_id, organisers=[
        {"partnership_id": str(lead.aggregate_id), "lead": True, "revenue_share_bps": 7000},
        {"partnership_id": str(partner.aggregate_id), "revenue_share_bps": 3000},
    ])
    body["ticket_types"].append({"name": "Partners", "price": {"amount": 0, "currency": "EUR"}, "capacity": 10,
                                 "visibility": "hidden"})
    response = await events.anonymous.post("/events", json=body, headers=tokens.headers(**admin(lead)))
    assert response.status_code == 201, response.text
    return response.json()["id"], lead, partner


async def test_changes_need_a_token(events, registry):
    formed = await registry.form_partnership()

    response = await events.anonymous.post("/events", json=event_body(formed.aggregate_id))

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["detail"] == "authentication required: send 'Authorization: Bearer <token>'"


async def test_a_forged_token_is_refused(events, registry):
    formed = await registry.form_partnership()
    stranger = TokenFactory()  # its key never reached the events service

    response = await events.anonymous.post("/events", json=event_body(formed.aggregate_id),
                                           headers=stranger.headers(operator=True))

    assert response.status_code == 401
    assert response.json()["detail"] == f"invalid token: unknown signing key {stranger.kid!r}"


async def test_only_admins_of_the_lead_draft_and_nothing_is_written_otherwise(events, registry, tokens):
    lead, other = await registry.form_partnership("Lead"), await registry.form_partnership("Other")
    body = event_body(lead.aggregate_id)
    async with events.runtime.pool.acquire() as conn:
        before = await conn.fetchval("SELECT count(*) FROM events")
        refused = [
            await events.anonymous.post("/events", json=body, headers=tokens.headers(**claims))
            for claims in ({"member_of": [lead.members[0].organisation_id]}, admin(other))
        ]
        after = await conn.fetchval("SELECT count(*) FROM events")

    assert [r.status_code for r in refused] == [403, 403]
    assert refused[0].json()["detail"] == (
        f"drafting an event needs an admin of a member of the lead partnership {lead.aggregate_id}, or an operator"
    )
    assert after == before
    assert (await events.anonymous.post("/events", json=body, headers=tokens.headers(**admin(lead)))).status_code == 201


async def test_co_organisers_edit_only_the_lead_cancels_and_operators_do_anything(events, joint, tokens):
    event_id, lead, partner = joint
    as_partner, as_lead = tokens.headers(**admin(partner)), tokens.headers(**admin(lead))

    edited = await events.anonymous.patch(f"/events/{event_id}", json={"tags": ["design"]}, headers=as_partner)
    consented = await events.anonymous.post(f"/events/{event_id}/consents", headers=as_partner,
                                            json={"partnership_id": str(partner.aggregate_id)})
    published = await events.anonymous.post(f"/events/{event_id}/publish", headers=as_partner)
    cancel = {"reason": "The venue flooded"}
    by_partner = await events.anonymous.post(f"/events/{event_id}/cancel", json=cancel, headers=as_partner)
    by_lead = await events.anonymous.post(f"/events/{event_id}/cancel", json=cancel, headers=as_lead)

    assert [r.status_code for r in (edited, consented, published)] == [200, 200, 200]
    assert by_partner.status_code == 403
    assert by_partner.json()["detail"].startswith("cancelling the event needs an admin of a member of the lead")
    assert (by_lead.status_code, by_lead.json()["status"]) == (200, "cancelled")


async def test_a_co_organiser_consents_only_for_its_own_partnership(events, joint, tokens):
    event_id, lead, partner = joint

    response = await events.anonymous.post(f"/events/{event_id}/consents", headers=tokens.headers(**admin(lead)),
                                           json={"partnership_id": str(partner.aggregate_id)})

    assert response.status_code == 403
    assert response.json()["detail"] == (
        f"consenting for partnership {partner.aggregate_id} needs an admin of one of its members"
    )


async def test_outsiders_neither_see_drafts_nor_edit_published_events(events, joint, tokens, registry):
    event_id, lead, partner = joint
    outsider = tokens.headers(**admin(await registry.form_partnership("Outsider")))

    draft_for_public = await events.anonymous.get(f"/events/{event_id}")
    draft_for_outsider = await events.anonymous.patch(f"/events/{event_id}", json={"tags": ["x"]}, headers=outsider)
    await events.client.post(f"/events/{event_id}/consents", json={"partnership_id": str(partner.aggregate_id)})
    assert (await events.client.post(f"/events/{event_id}/publish")).status_code == 200  # an operator may
    published_for_outsider = await events.anonymous.patch(f"/events/{event_id}", json={"tags": ["x"]},
                                                          headers=outsider)
    public = await events.anonymous.get(f"/events/{event_id}")
    insider = await events.anonymous.get(f"/events/{event_id}",
                                         headers=tokens.headers(member_of=[partner.members[1].organisation_id]))

    assert (draft_for_public.status_code, draft_for_outsider.status_code) == (404, 404)
    assert published_for_outsider.status_code == 403
    assert public.status_code == 200
    assert [t["name"] for t in public.json()["ticket_types"]] == ["Standard"]  # hidden ones for partners only
    assert [t["name"] for t in insider.json()["ticket_types"]] == ["Standard", "Partners"]


async def test_keys_are_learned_from_the_registry_identity_topic(events, registry, infra):
    formed = await registry.form_partnership()
    newcomer = TokenFactory()
    await publish_events(infra.bootstrap_servers, newcomer.published)

    async def accepted():
        response = await events.anonymous.post("/events", json=event_body(formed.aggregate_id),
                                               headers=newcomer.headers(operator=True))
        return response.status_code == 201

    assert await eventually(accepted)


async def test_a_member_joining_a_partnership_gains_its_admins_rights(events, joint, tokens, registry):
    event_id, lead, partner = joint
    newcomer = uuid4()
    as_newcomer = tokens.headers(admin_of=[newcomer])
    before = await events.anonymous.patch(f"/events/{event_id}", json={"tags": ["new"]}, headers=as_newcomer)
    members = partner.members + (PartnershipMember(organisation_id=newcomer, role=MemberRole.ASSOCIATE),)
    joined = PartnershipMemberAdded(aggregate_id=partner.aggregate_id, organisation_id=newcomer,
                                    role=MemberRole.ASSOCIATE, members=members)
    await registry.until_consumed(await registry.publish(joined))

    after = await events.anonymous.patch(f"/events/{event_id}", json={"tags": ["new"]}, headers=as_newcomer)

    assert (before.status_code, after.status_code) == (404, 200)  # a draft is hidden from outsiders
    assert after.json()["tags"] == ["new"]
