"""Who may manage what an owner owns."""

from uuid import uuid4

import pytest

from services.notifications.subscriptions.access import may_manage
from services.notifications.subscriptions.domain import Owner
from shared.auth import Principal, Role
from shared.errors import Forbidden, Unauthorized

ORG = uuid4()


def principal(**fields) -> Principal:
    return Principal(**{"subject": "u-1", "kind": "user", "token_id": uuid4(), **fields})


@pytest.mark.parametrize(("who", "owner"), [
    (principal(organisations={ORG: Role.ADMIN}), Owner("organisation", str(ORG))),
    (principal(operator=True), Owner("organisation", str(ORG))),
    (principal(subject="expert-1"), Owner("expert", "expert-1")),
    (principal(subject="u-1"), Owner("user", "u-1")),
    (principal(email="Olena@Example.org"), Owner("attendee", "olena@example.org")),
])
def test_owners_and_operators_may_manage(who, owner):
    may_manage(who, owner, presented_secret=None)


@pytest.mark.parametrize(("who", "owner"), [
    (principal(organisations={ORG: Role.MEMBER}), Owner("organisation", str(ORG))),
    (principal(organisations={uuid4(): Role.ADMIN}), Owner("organisation", str(ORG))),
    (principal(subject="someone"), Owner("expert", "expert-1")),
    (principal(subject="u-2"), Owner("user", "u-1")),
    (principal(), Owner("attendee", "olena@example.org")),
    (principal(), Owner("external")),
])
def test_others_are_forbidden(who, owner):
    with pytest.raises(Forbidden):
        may_manage(who, owner, presented_secret=None)


def test_an_admin_of_an_experts_organisation_manages_the_experts_subscriptions():
    admin = principal(organisations={ORG: Role.ADMIN})
    may_manage(admin, Owner("expert", "expert-1"), presented_secret=None, expert_organisations=[ORG])


def test_an_external_endpoint_is_managed_with_its_secret_only():
    may_manage(None, Owner("external"), presented_secret="whsec_a", secrets=["whsec_a"])
    with pytest.raises(Forbidden, match="Subscription-Secret does not match"):
        may_manage(None, Owner("external"), presented_secret="whsec_b", secrets=["whsec_a"])
    with pytest.raises(Unauthorized, match="Subscription-Secret"):
        may_manage(None, Owner("external"), presented_secret=None, secrets=["whsec_a"])


def test_without_a_token_nothing_owned_by_someone_is_managed():
    with pytest.raises(Unauthorized):
        may_manage(None, Owner("organisation", str(ORG)), presented_secret="whsec_a", secrets=["whsec_a"])
