"""Who may subscribe for whom, and manage what: registry tokens, secrets, operators."""

import uuid

import pytest

from tests.integration.notifications.helpers import unique_city
from harness.services import eventually
from tests.unit.notifications.factories import expert_published

pytestmark = pytest.mark.integration


def webhook_for(organisation_id, receiver, **extra) -> dict:
    return {"channel": "webhook", "url": receiver.url(f"org/{uuid.uuid4().hex}"), "organisation_id": str(organisation_id),
            "event_types": ["EventPublished", "CooperationRequested"], "filters": {"city": unique_city()}, **extra}


async def test_an_organisation_admin_subscribes_for_their_organisation_and_manages_it(notifications, receiver, tokens):
    organisation = uuid.uuid4()
    admin = tokens.headers(admin_of=[organisation])
    client = notifications.client

    response = await client.post("/subscriptions", json=webhook_for(organisation, receiver), headers=admin)

    assert response.status_code == 201, response.text
    created = response.json()
    assert created["subscriber"] == {"kind": "organisation", "id": str(organisation)}
    assert (await client.get(f"/subscriptions/{created['id']}", headers=admin)).json()["id"] == created["id"]
    listed = (await client.get("/subscriptions", params={"organisation_id": str(organisation)}, headers=admin)).json()
    assert [s["id"] for s in listed["items"]] == [created["id"]]
    assert (await client.delete(f"/subscriptions/{created['id']}", headers=admin)).status_code == 204


@pytest.mark.parametrize(("who", "status", "detail"), [
    ("nobody", 401, "authentication required"),
    ("member", 403, "you may not manage it"),
    ("admin of another", 403, "you may not manage it"),
])
async def test_only_an_admin_or_operator_subscribes_for_an_organisation(notifications, receiver, tokens, who, status,
                                                                        detail):
    organisation = uuid.uuid4()
    headers = {"nobody": {}, "member": tokens.headers(member_of=[organisation]),
               "admin of another": tokens.headers(admin_of=[uuid.uuid4()])}[who]

    response = await notifications.client.post("/subscriptions", json=webhook_for(organisation, receiver),
                                               headers=headers)

    assert response.status_code == status, response.text
    assert detail in response.json()["detail"]


async def test_another_organisation_may_not_read_or_delete_a_subscription(notifications, receiver, tokens):
    organisation = uuid.uuid4()
    created = (await notifications.client.post("/subscriptions", json=webhook_for(organisation, receiver),
                                               headers=tokens.headers(admin_of=[organisation]))).json()
    stranger = tokens.headers(admin_of=[uuid.uuid4()])

    assert (await notifications.client.get(f"/subscriptions/{created['id']}", headers=stranger)).status_code == 403
    assert (await notifications.client.delete(f"/subscriptions/{created['id']}", headers=stranger)).status_code == 403
    assert (await notifications.client.get(f"/subscriptions/{created['id']}")).status_code == 401
    operator = notifications.operator
    assert (await notifications.client.get(f"/subscriptions/{created['id']}", headers=operator)).status_code == 200


async def test_an_anonymous_webhook_is_managed_only_with_its_own_secret(notifications, receiver):
    created = (await notifications.client.post("/subscriptions", json={
        "channel": "webhook", "url": receiver.url("anon"), "event_types": ["EventPublished"],
        "filters": {"city": unique_city()}})).json()
    assert created["subscriber"] == {"kind": "external", "id": None}

    wrong = {"Subscription-Secret": "whsec_" + "A" * 44}
    assert (await notifications.client.get(f"/subscriptions/{created['id']}", headers=wrong)).status_code == 403
    assert (await notifications.client.get(f"/subscriptions/{created['id']}")).status_code == 401
    right = {"Subscription-Secret": created["secret"]}
    assert (await notifications.client.get(f"/subscriptions/{created['id']}", headers=right)).status_code == 200


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/subscriptions/{id}"), ("DELETE", "/subscriptions/{id}"), ("GET", "/deliveries?subscription_id={id}"),
    ("GET", "/deliveries/{id}"), ("POST", "/dead-letters/{id}/replay"),
])
async def test_a_secret_learns_nothing_of_ids_that_are_not_its_own(notifications, method, path):
    wrong = {"Subscription-Secret": "whsec_" + "A" * 44}

    response = await notifications.client.request(method, path.format(id=uuid.uuid4()), headers=wrong)

    assert response.status_code == 403, response.text


async def test_a_secret_that_is_not_ascii_is_refused_not_a_crash(notifications, receiver):
    created = (await notifications.client.post("/subscriptions", json={
        "channel": "webhook", "url": receiver.url("latin"), "event_types": ["EventPublished"],
        "filters": {"city": unique_city()}})).json()

    response = await notifications.client.get(f"/subscriptions/{created['id']}",
                                              headers={"Subscription-Secret": "whsec_caf\xe9".encode("latin-1")})

    assert response.status_code == 403, response.text


async def test_deliveries_across_subscriptions_are_for_operators_only(notifications, tokens):
    response = await notifications.client.get("/deliveries", headers=tokens.headers(admin_of=[uuid.uuid4()]))
    assert response.status_code == 403 and "operators" in response.json()["detail"]
    assert (await notifications.client.get("/deliveries")).status_code == 401
    assert (await notifications.client.get("/deliveries", headers=notifications.operator)).status_code == 200


async def test_an_expert_or_an_admin_of_their_organisation_subscribes_for_the_expert(notifications, tokens, publish):
    expert, organisation = uuid.uuid4(), uuid.uuid4()
    await publish(expert_published(expert, organisation))
    body = {"channel": "in_app", "expert_id": str(expert), "event_types": ["CooperationRequested"]}

    async def as_admin():
        response = await notifications.client.post("/subscriptions", json=body,
                                                   headers=tokens.headers(admin_of=[organisation]))
        return response if response.status_code == 201 else None

    assert (await eventually(as_admin)).json()["subscriber"] == {"kind": "expert", "id": str(expert)}
    themselves = await notifications.client.post("/subscriptions", json=body, headers=tokens.headers(subject=str(expert)))
    assert themselves.status_code == 201
    stranger = await notifications.client.post("/subscriptions", json=body, headers=tokens.headers())
    assert stranger.status_code == 403


async def test_an_in_app_subscription_needs_an_account(notifications):
    response = await notifications.client.post("/subscriptions", json={
        "channel": "in_app", "event_types": ["EventPublished"]})
    assert response.status_code == 401
