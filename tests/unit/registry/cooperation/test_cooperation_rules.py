import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from services.registry.cooperation.domain import CooperationRequest
from shared.errors import Conflict, DomainError
from shared.topics import topic_of

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def ask(**changes) -> CooperationRequest:
    fields = {"requesting_partnership_id": uuid.uuid4(), "requested_partnership_id": uuid.uuid4(),
              "expert_id": uuid.uuid4(), "purpose": "project", "starts_on": date(2026, 6, 1),
              "ends_on": date(2026, 6, 3), "requested_by": uuid.uuid4(), "message": "Join our sprint?"}
    return CooperationRequest.ask(now=NOW, **{**fields, **changes})


def test_asking_records_the_request_on_the_cooperation_topic_and_expires_at_the_start():
    request = ask()
    [requested] = request.events
    assert (request.status, request.expires_at) == ("pending", datetime(2026, 6, 1, tzinfo=UTC))
    assert requested.type == "CooperationRequested" and topic_of(requested).name == "registry.cooperation.v1"
    assert requested.aggregate_id == request.id and requested.expert_id == request.expert_id


@pytest.mark.parametrize("outcome", ["accepted", "declined", "withdrawn", "expired"])
def test_a_pending_request_reaches_each_outcome_once(outcome):
    done = ask().answered(outcome, by=uuid.uuid4(), now=NOW + timedelta(days=1 if outcome != "expired" else 40))
    [answered] = done.events
    assert (done.status, answered.outcome, answered.type) == (outcome, outcome, "CooperationRequestAnswered")
    with pytest.raises(Conflict, match=f"is {outcome}: only a pending request can be declined"):
        done.answered("declined", by=uuid.uuid4(), now=NOW)


def test_an_expired_request_can_no_longer_be_accepted():
    with pytest.raises(Conflict, match="expired at 2026-06-01"):
        ask().answered("accepted", by=uuid.uuid4(), now=datetime(2026, 6, 1, tzinfo=UTC))


@pytest.mark.parametrize(("changes", "message"), [
    ({"resource_id": uuid.uuid4()}, "exactly one expert or one resource"),
    ({"expert_id": None}, "exactly one expert or one resource"),
    ({"ends_on": date(2026, 5, 30)}, "ends_on: must not be before starts_on"),
    ({"starts_on": date(2026, 5, 1), "ends_on": date(2026, 5, 2)}, "starts_on: must be in the future"),
    ({"purpose": "event"}, "event_id: required"),
    ({"respond_by": datetime(2026, 7, 1, tzinfo=UTC)}, "respond_by: must be in the future and no later"),
])
def test_invalid_requests_are_refused(changes, message):
    with pytest.raises(DomainError, match=message):
        ask(**changes)


def test_a_partnership_does_not_ask_itself():
    same = uuid.uuid4()
    with pytest.raises(DomainError, match="does not ask itself"):
        ask(requesting_partnership_id=same, requested_partnership_id=same)
