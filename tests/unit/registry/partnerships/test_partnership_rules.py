import uuid

import pytest

from services.registry.organisations.domain import Organisation
from services.registry.partnerships.domain import Partnership
from shared.contracts.registry import MemberRole, PartnershipMember
from shared.errors import Conflict, DomainError, NotFound
from shared.topics import topic_of


def member(role: MemberRole = MemberRole.PARTNER, organisation_id=None) -> PartnershipMember:
    return PartnershipMember(organisation_id=organisation_id or uuid.uuid4(), role=role)


def test_a_partnership_of_two_organisations_with_one_lead_is_formed():
    members = (member(MemberRole.LEAD), member())
    partnership = Partnership.form(name="Creative Lviv", programme="Creative Spark", members=members)
    [formed] = partnership.events
    assert formed.type == "PartnershipFormed"
    assert formed.aggregate_id == partnership.id
    assert formed.members == members
    assert topic_of(formed).name == "registry.partnership.v1"


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ((member(MemberRole.LEAD),), "at least two organisations"),
        ((member(), member()), "exactly one lead, got 0"),
        ((member(MemberRole.LEAD), member(MemberRole.LEAD)), "exactly one lead, got 2"),
    ],
)
def test_invalid_partnerships_are_refused(members, message):
    with pytest.raises(DomainError, match=message):
        Partnership.form(name="x", programme=None, members=members)


def test_an_organisation_is_a_member_only_once():
    twice = uuid.uuid4()
    with pytest.raises(DomainError, match="only once"):
        Partnership.form(
            name="x", programme=None,
            members=(member(MemberRole.LEAD, twice), member(organisation_id=twice)),
        )


def test_registering_an_organisation_records_the_event():
    organisation = Organisation.register(name="KPI", kind="university", country="UA", city="Kyiv")
    [registered] = organisation.events
    assert (registered.type, registered.name, registered.city) == ("OrganisationRegistered", "KPI", "Kyiv")
    assert registered.aggregate_id == organisation.id


def test_changing_an_organisation_records_its_whole_public_profile():
    organisation = Organisation.register(name="KPI", kind="university", country="ua", city="Kyiv",
                                         contact_email="office@kpi.example.org")
    changed = organisation.changed(names={"uk": "КПІ"}, sectors=("engineering",))
    [updated] = changed.events
    assert (updated.type, updated.names, updated.sectors, updated.status) == (
        "OrganisationUpdated", {"uk": "КПІ"}, ("engineering",), "active")
    assert "office@kpi" not in updated.model_dump_json()
    assert organisation.country == "UA"


def test_an_unchanged_organisation_records_nothing():
    organisation = Organisation.register(name="KPI", kind="university", country="UA", city="Kyiv")
    assert organisation.changed(city="Kyiv").events == []


@pytest.mark.parametrize(("fields", "message"), [
    ({"country": "ZZ"}, "country: 'ZZ' is not an ISO 3166-1 alpha-2"),
    ({"names": {"english": "X"}}, "names.english"),
    ({"sectors": ("ok", "Not OK")}, r"sectors\[1\]"),
])
def test_invalid_organisations_are_refused(fields, message):
    with pytest.raises(DomainError, match=message):
        Organisation.register(**{"name": "X", "kind": "ngo", "country": "UA", "city": "Lviv", **fields})


def test_an_invited_organisation_is_pending_and_joins_when_it_accepts():
    lead, invited = member(MemberRole.LEAD), member()
    partnership = Partnership.form(name="P", programme=None, members=(lead,), pending=(invited,))
    [formed] = partnership.events
    assert formed.members == (lead,)  # other services never hear of the invitation
    joined = partnership.accepted_by(invited.organisation_id)
    assert (joined.members, joined.pending) == ((lead, invited), ())
    [added] = joined.events
    assert (added.type, added.organisation_id, added.members) == ("PartnershipMemberAdded", invited.organisation_id,
                                                                 (lead, invited))


def test_a_declined_invitation_is_gone_without_an_event():
    lead, invited = member(MemberRole.LEAD), member()
    partnership = Partnership.form(name="P", programme=None, members=(lead,), pending=(invited,))
    declined = partnership.without_member(invited.organisation_id)
    assert (declined.members, declined.pending, declined.events) == ((lead,), (), [])
    with pytest.raises(NotFound, match="has no pending invitation"):
        declined.accepted_by(invited.organisation_id)


def test_the_lead_is_never_pending():
    with pytest.raises(DomainError, match="never pending"):
        Partnership.form(name="P", programme=None, members=(member(),), pending=(member(MemberRole.LEAD),))


def test_inviting_without_consent_records_nothing_for_other_services():
    partnership = Partnership.form(name="P", programme=None, members=(member(MemberRole.LEAD), member()))
    invited = partnership.with_member(uuid.uuid4(), MemberRole.ASSOCIATE, consented=False)
    assert (len(invited.members), len(invited.pending), invited.events) == (2, 1, [])
    with pytest.raises(Conflict, match="already a member"):
        invited.with_member(invited.pending[0].organisation_id, MemberRole.PARTNER, consented=True)
