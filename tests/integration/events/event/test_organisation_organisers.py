"""Organisations organising on their own, beside partnerships: validated against the registry projection,
consenting through their own admins, editing, leading, and found in the catalogue and calendars."""

from uuid import uuid4

import pytest

from shared import topics
from shared.contracts.events import CoOrganiserConsented, EventPublished
from shared.contracts.registry import (
    NetworkFormed, OrganisationKind, OrganisationRegistered, OrganisationStatus, OrganisationUpdated,
)
from tests.integration.events.conftest import event_body, lead_admin
from tests.integration.events.calendars.test_calendars import ics, uids
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


async def register(registry, name="Kyiv Design Lab", status=OrganisationStatus.ACTIVE) -> OrganisationRegistered:
    """An organisation the events service has learned from the registry (suspended if asked)."""
    registered = OrganisationRegistered(aggregate_id=uuid4(), name=name, kind=OrganisationKind.NGO,
                                        country="UA", city="Kyiv")
    await registry.until_consumed(await registry.publish(registered))
    if status != OrganisationStatus.ACTIVE:
        updated = OrganisationUpdated(aggregate_id=registered.aggregate_id, name=name, kind=registered.kind,
                                      country="UA", city="Kyiv", status=status)
        await registry.until_consumed(await registry.publish(updated))
    return registered


def with_organisation(partnership_id, organisation_id, **overrides) -> dict:
    return event_body(partnership_id, organisers=[
        {"partnership_id": str(partnership_id), "lead": True, "revenue_share_bps": 6000},
        {"organisation_id": str(organisation_id), "revenue_share_bps": 4000},
    ], **overrides)


@pytest.fixture
async def mixed(events, registry, tokens):
    """A draft led by a partnership (60 %) with an organisation co-organising (40 %)."""
    lead, organisation = await registry.form_partnership("Lead"), await register(registry)
    body = with_organisation(lead.aggregate_id, organisation.aggregate_id)
    response = await events.anonymous.post("/events", json=body, headers=tokens.headers(**lead_admin(lead)))
    assert response.status_code == 201, response.text
    return response.json(), lead, organisation


async def test_an_organisation_co_organises_consents_through_its_admins_and_edits(events, infra, tokens, mixed):
    event, lead, organisation = mixed
    event_id, organisation_id = event["id"], organisation.aggregate_id
    as_organisation = tokens.headers(admin_of=[organisation_id])
    consent = {"organisation_id": str(organisation_id)}
    path = f"/events/{event_id}"

    async with TopicReader(infra.bootstrap_servers, topics.EVENTS_EVENT.name) as reader:
        early = await events.anonymous.post(f"{path}/publish", headers=as_organisation)
        by_lead = await events.anonymous.post(f"{path}/consents", json=consent,
                                              headers=tokens.headers(**lead_admin(lead)))
        by_member = await events.anonymous.post(f"{path}/consents", json=consent,
                                                headers=tokens.headers(member_of=[organisation_id]))
        consented = await events.anonymous.post(f"{path}/consents", json=consent, headers=as_organisation)
        edited = await events.anonymous.patch(path, json={"tags": ["design"]}, headers=as_organisation)
        published = await events.anonymous.post(f"{path}/publish", headers=as_organisation)
        cancel = await events.anonymous.post(f"{path}/cancel", json={"reason": "x"}, headers=as_organisation)
        consent_message = await reader.wait_for(lambda m: m.get("aggregate_id") == event_id
                                                and m.get("type") == "CoOrganiserConsented")
        publication = await reader.wait_for(lambda m: m.get("aggregate_id") == event_id
                                            and m.get("type") == "EventPublished")

    [_, co_organiser] = event["co_organisers"]
    assert (co_organiser["organisation_id"], co_organiser["partnership_id"]) == (str(organisation_id), None)
    assert (co_organiser["name"], co_organiser["organisations"], co_organiser["consented"]) == (
        "Kyiv Design Lab", ["Kyiv Design Lab"], False)
    assert early.status_code == 409
    assert early.json()["detail"].startswith(f"organisers[1]: organisation {organisation_id} has not consented yet")
    assert (by_lead.status_code, by_member.status_code) == (403, 403)
    assert by_lead.json()["detail"] == f"consenting for organisation {organisation_id} needs one of its admins"
    assert consented.status_code == 200 and consented.json()["co_organisers"][1]["consented"] is True
    assert (edited.status_code, published.status_code) == (200, 200)
    assert cancel.status_code == 403
    assert cancel.json()["detail"] == (
        f"cancelling the event needs an admin of a member of the lead partnership {lead.aggregate_id}, or an operator")
    message = topics.EVENTS_EVENT.parse(consent_message.value)
    assert isinstance(message, CoOrganiserConsented)
    assert (message.organisation_id, message.partnership_id, message.revenue_share_bps) == (organisation_id, None, 4000)
    announced = topics.EVENTS_EVENT.parse(publication.value)
    assert isinstance(announced, EventPublished)
    assert [(o.partnership_id, o.organisation_id, o.revenue_share_bps) for o in announced.organisers] == [
        (lead.aggregate_id, None, 6000), (None, organisation_id, 4000)]


async def test_an_organisation_leads_alone_its_admins_draft_and_cancel(events, registry, tokens):
    organisation = await register(registry, "Lviv Makerspace")
    body = event_body(None, organisers=[
        {"organisation_id": str(organisation.aggregate_id), "lead": True, "revenue_share_bps": 10_000}])
    as_admin, as_stranger = tokens.headers(admin_of=[organisation.aggregate_id]), tokens.headers(admin_of=[uuid4()])

    refused = await events.anonymous.post("/events", json=body, headers=as_stranger)
    drafted = await events.anonymous.post("/events", json=body, headers=as_admin)
    event_id = drafted.json()["id"]
    published = await events.anonymous.post(f"/events/{event_id}/publish", headers=as_admin)
    cancelled = await events.anonymous.post(f"/events/{event_id}/cancel", json={"reason": "Rain"}, headers=as_admin)

    assert refused.status_code == 403
    assert refused.json()["detail"] == (
        f"drafting an event needs an admin of the lead organisation {organisation.aggregate_id}, or an operator")
    assert (drafted.status_code, published.status_code) == (201, 200), drafted.text
    assert (cancelled.status_code, cancelled.json()["status"]) == (200, "cancelled")


@pytest.mark.parametrize("case", ["unknown", "suspended", "both ids", "twice"])
async def test_an_organisation_must_be_known_and_active_and_named_once(events, registry, case):
    lead = await registry.form_partnership("Lead")
    organisation_id = uuid4() if case == "unknown" else (await register(
        registry, status=OrganisationStatus.SUSPENDED if case == "suspended" else OrganisationStatus.ACTIVE)
    ).aggregate_id
    body = with_organisation(lead.aggregate_id, organisation_id)
    if case == "both ids":
        body["organisers"][1]["partnership_id"] = str(lead.aggregate_id)
    if case == "twice":
        body["organisers"].append({"organisation_id": str(organisation_id), "revenue_share_bps": 0})
    async with events.runtime.pool.acquire() as conn:
        before = await conn.fetchval("SELECT count(*) FROM events")
        response = await events.client.post("/events", json=body)
        after = await conn.fetchval("SELECT count(*) FROM events")

    expected = {
        "unknown": f"organisers[1].organisation_id: organisation {organisation_id} is not known to the registry",
        "suspended": f"organisers[1].organisation_id: organisation {organisation_id} is suspended in the registry:"
                     f" only an active organisation organises events",
        "both ids": "organisers[1]: Value error, send exactly one of partnership_id and organisation_id",
        "twice": f"organisers[2].organisation_id: organisation {organisation_id} is listed twice",
    }[case]
    assert response.status_code == 422
    assert response.json()["detail"] == expected
    assert after == before


async def test_the_catalogue_and_calendars_find_events_by_their_organisation(events, tokens, mixed):
    event, lead, organisation = mixed
    event_id, organisation_id = event["id"], organisation.aggregate_id
    draft_for_public = await events.anonymous.get(f"/events/{event_id}")
    draft_for_member = await events.anonymous.get(f"/events/{event_id}",
                                                  headers=tokens.headers(member_of=[organisation_id]))
    await events.client.post(f"/events/{event_id}/consents", json={"organisation_id": str(organisation_id)})
    assert (await events.client.post(f"/events/{event_id}/publish")).status_code == 200

    found = await events.anonymous.get("/events", params={"organiser": str(organisation_id)})
    by_partnership = await events.anonymous.get("/events", params={"organiser": str(lead.aggregate_id)})
    elsewhere = await events.anonymous.get("/events", params={"organiser": str(uuid4())})
    feed = await ics(events.anonymous, f"/calendars/organisers/{organisation_id}.ics")

    assert (draft_for_public.status_code, draft_for_member.status_code) == (404, 200)
    assert [e["id"] for e in found.json()["items"]] == [event_id]
    assert [e["id"] for e in by_partnership.json()["items"]] == [event_id]
    assert elsewhere.json()["items"] == []
    assert uids(feed) == [event_id]


async def test_an_organisation_organising_alone_is_in_its_partnerships_networks(events, registry, tokens):
    programme = f"Creative Spark {uuid4().hex[:6]}"
    partnership = await registry.form_partnership("Network member", programme=programme)
    network = NetworkFormed(aggregate_id=uuid4(), name=f"Network {programme}", partnership_ids=(partnership.aggregate_id,))
    await registry.until_consumed(await registry.publish(network))
    member = partnership.members[0].organisation_id
    outsider = await register(registry, "Outside Studio")
    ids = []
    for organisation_id in (member, outsider.aggregate_id):
        body = event_body(None, organisers=[
            {"organisation_id": str(organisation_id), "lead": True, "revenue_share_bps": 10_000}])
        drafted = await events.client.post("/events", json=body)
        assert drafted.status_code == 201, drafted.text
        ids.append(drafted.json()["id"])
        assert (await events.client.post(f"/events/{ids[-1]}/publish")).status_code == 200

    by_network = await events.anonymous.get("/events", params={"network": str(network.aggregate_id)})
    by_programme = await ics(events.anonymous, f"/calendars/networks/{programme}.ics")
    assert [e["id"] for e in by_network.json()["items"]] == [ids[0]]
    assert uids(by_programme) == [ids[0]]
