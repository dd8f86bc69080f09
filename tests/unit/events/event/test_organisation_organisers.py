"""Organisations as organisers: the contract (old messages still read), the aggregate's rules, consent."""

import json
from uuid import uuid4

import pytest
from pydantic import ValidationError

from shared import topics
from shared.contracts.events import CoOrganiserConsented, EventPublished, Organiser
from shared.errors import Conflict, DomainError
from tests.unit.events.factories import NOW, draft


def by_organisation(share: int, *, lead: bool = False) -> Organiser:
    return Organiser(organisation_id=uuid4(), lead=lead, revenue_share_bps=share)


def by_partnership(share: int, *, lead: bool = False) -> Organiser:
    return Organiser(partnership_id=uuid4(), lead=lead, revenue_share_bps=share)


def test_an_organiser_is_a_partnership_or_an_organisation():
    partnership, organisation = by_partnership(6000, lead=True), by_organisation(4000)

    assert (partnership.kind, partnership.organiser_id) == ("partnership", partnership.partnership_id)
    assert (organisation.kind, organisation.organiser_id) == ("organisation", organisation.organisation_id)
    assert organisation.partnership_id is None


@pytest.mark.parametrize("ids", [{}, {"partnership_id": uuid4(), "organisation_id": uuid4()}])
def test_an_organiser_names_exactly_one_of_the_two(ids):
    with pytest.raises(ValidationError, match="exactly one of partnership_id and organisation_id must be set"):
        Organiser(lead=True, revenue_share_bps=10_000, **ids)


def test_a_published_event_with_an_organisation_organiser_round_trips_through_the_topic():
    event = draft(organisers=(by_partnership(6000, lead=True), by_organisation(4000)))
    event.publish(now=NOW)
    published = event.events[-1]

    parsed = topics.EVENTS_EVENT.parse(json.dumps(published.model_dump(mode="json")))

    assert isinstance(parsed, EventPublished)
    assert parsed.organisers == event.organisers
    assert parsed.organisers[1].organisation_id == event.organisers[1].organisation_id


def test_messages_written_before_organisation_organisers_existed_still_parse():
    event = draft()
    event.publish(now=NOW)
    wire = event.events[-1].model_dump(mode="json")
    wire["organisers"] = [{k: v for k, v in o.items() if k != "organisation_id"} for o in wire["organisers"]]
    consent = {"type": "CoOrganiserConsented", "aggregate_id": str(event.id), "producer": "events",
               "partnership_id": str(uuid4()), "consented_by": "admin", "revenue_share_bps": 4000}

    published = topics.EVENTS_EVENT.parse(json.dumps(wire))
    consented = topics.EVENTS_EVENT.parse(json.dumps(consent))

    assert published.organisers == event.organisers
    assert all(o.organisation_id is None and o.kind == "partnership" for o in published.organisers)
    assert isinstance(consented, CoOrganiserConsented) and consented.organisation_id is None


def test_an_organisation_consents_and_the_event_is_published_once_it_has():
    event = draft(organisers=(by_partnership(6000, lead=True), by_organisation(4000)), consented=False)
    organisation = event.organisers[1]

    with pytest.raises(Conflict, match=f"organisers\\[1\\]: organisation {organisation.organisation_id} has not"):
        event.publish(now=NOW)
    with pytest.raises(DomainError, match=f"partnership_id: partnership {organisation.organisation_id} does not"):
        event.consent(organisation.organisation_id, by="x", kind="partnership")
    event.consent(organisation.organisation_id, by="org-admin", kind="organisation")
    event.publish(now=NOW)

    [consent] = [m for m in event.events if isinstance(m, CoOrganiserConsented)]
    assert (consent.organisation_id, consent.partnership_id, consent.revenue_share_bps) == (
        organisation.organisation_id, None, 4000)
    assert topics.EVENTS_EVENT.parse(consent.model_dump_json()) == consent


def test_an_organisation_may_lead_alone_and_is_listed_once():
    alone = by_organisation(10_000, lead=True)
    draft(organisers=(alone,)).publish(now=NOW)

    with pytest.raises(DomainError, match=rf"organisers\[1\].organisation_id: organisation {alone.organisation_id}"
                                          r" is listed twice"):
        draft(organisers=(alone, alone.model_copy(update={"lead": False, "revenue_share_bps": 0})))


def test_shares_of_mixed_organisers_still_sum_to_the_whole():
    with pytest.raises(DomainError, match="must sum to 10000 basis points when a ticket type is paid, got 9000"):
        draft(organisers=(by_partnership(6000, lead=True), by_organisation(3000)))
