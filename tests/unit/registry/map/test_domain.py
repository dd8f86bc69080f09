"""What part of the network the map shows: which filters pick experts, and the search query it runs."""

import uuid

from services.registry.map.domain import Scope


def test_only_facets_an_expert_alone_has_pick_the_organisations():
    assert not Scope(city=("Kharkiv",), country=("UA",), organisation_kind=("university",)).picks_experts
    assert all(Scope(**{facet: value}).picks_experts
               for facet, value in (("q", "olha"), ("skill", ("design",)), ("language", ("uk",)), ("role", ("coach",))))


def test_the_expert_query_keeps_the_search_filters_within_the_network():
    organisation = uuid.uuid4()
    query = Scope(q="olha", skill=("design-thinking",), city=("Kharkiv",)).experts([organisation], 20)
    assert (query.q, query.filters["skill"], query.filters["city"]) == ("olha", ("design-thinking",), ("Kharkiv",))
    assert (query.organisation_ids, query.limit) == ((organisation,), 20)
    assert Scope().experts(None, 5).organisation_ids == ()  # no network: no restriction


def test_a_network_without_organisations_finds_no_expert():
    assert Scope().experts([], 5).organisation_ids == (uuid.UUID(int=0),)
