"""An admin invites a person by e-mail with a role; the link's holder accepts, signing up on the way when the
address has no account, or signed in as that address; the invitation is good once, and only for that address."""

import pytest

from tests.integration.registry.accounts.conftest import link_sent
from tests.integration.registry.helpers import PASSWORD, log_in, new_user, organisation

pytestmark = pytest.mark.integration


async def invited(registry, account_mail, admin, organisation_id, email, role="member", language="en") -> dict:
    answer = await registry.client.post(f"/organisations/{organisation_id}/invitations", headers=admin,
                                        json={"email": email, "role": role, "language": language})
    assert answer.status_code == 201, answer.text
    assert answer.json()["status"] == "open"
    return await link_sent(account_mail, "InvitationSent", email)


async def test_a_colleague_without_an_account_signs_up_by_accepting(registry, account_mail):
    _, admin = await new_user(registry.client, "inviter")
    org = await organisation(registry.client, admin, "Inviting Hub")
    email = "new-colleague-1@example.org"
    sent = await invited(registry, account_mail, admin, org["id"], email, role="admin", language="uk")
    assert sent["organisation_name"] == "Inviting Hub" and sent["role"] == "admin" and sent["language"] == "uk"

    seen = await registry.client.get(f"/invitations/{sent['invitation_id']}", params={"token": sent["link_token"]})
    assert seen.status_code == 200
    assert {k: seen.json()[k] for k in ("organisation_name", "email", "account_exists")} == {
        "organisation_name": "Inviting Hub", "email": email, "account_exists": False}

    accepted = await registry.client.post(f"/invitations/{sent['invitation_id']}/accept", json={
        "token": sent["link_token"], "name": "Nova Colleague", "password": PASSWORD})
    assert accepted.status_code == 201, accepted.text
    assert accepted.json()["signed_up"] is True and accepted.json()["role"] == "admin"
    colleague = await log_in(registry.client, email)
    me = (await registry.client.get("/auth/me", headers=colleague)).json()
    assert me["organisations"] == {org["id"]: "admin"}

    twice = await registry.client.post(f"/invitations/{sent['invitation_id']}/accept", json={
        "token": sent["link_token"], "name": "Nova", "password": PASSWORD})
    assert twice.status_code == 410 and twice.json()["code"] == "link_used"
    listed = (await registry.client.get(f"/organisations/{org['id']}/invitations", headers=admin)).json()
    assert [(i["email"], i["status"]) for i in listed] == [(email, "accepted")]


async def test_a_person_with_an_account_accepts_signed_in_as_the_invited_address_only(registry, account_mail):
    _, admin = await new_user(registry.client, "inviter")
    org = await organisation(registry.client, admin, "Second Hub")
    invitee, invitee_headers = await new_user(registry.client, "invitee")
    _, stranger = await new_user(registry.client, "stranger")
    sent = await invited(registry, account_mail, admin, org["id"], invitee["email"].upper())
    accept = f"/invitations/{sent['invitation_id']}/accept"

    anonymous = await registry.client.post(accept, json={"token": sent["link_token"], "name": "X", "password": PASSWORD})
    assert anonymous.status_code == 409 and anonymous.json()["code"] == "account_exists"
    wrong_person = await registry.client.post(accept, json={"token": sent["link_token"]}, headers=stranger)
    assert wrong_person.status_code == 403 and "sign in as that address" in wrong_person.json()["detail"]
    right = await registry.client.post(accept, json={"token": sent["link_token"]}, headers=invitee_headers)
    assert right.status_code == 201 and right.json()["signed_up"] is False
    me = (await registry.client.get("/auth/me", headers=invitee_headers)).json()
    assert me["organisations"] == {org["id"]: "member"}

    again = await registry.client.post(f"/organisations/{org['id']}/invitations", headers=admin,
                                       json={"email": invitee["email"]})
    assert again.status_code == 409 and again.json()["code"] == "already_member"


async def test_only_admins_invite_and_a_wrong_or_withdrawn_link_opens_nothing(registry, account_mail):
    _, admin = await new_user(registry.client, "inviter")
    org = await organisation(registry.client, admin, "Third Hub")
    _, outsider = await new_user(registry.client, "outsider")
    refused = await registry.client.post(f"/organisations/{org['id']}/invitations", headers=outsider,
                                         json={"email": "someone@example.org"})
    assert refused.status_code == 403

    first = await invited(registry, account_mail, admin, org["id"], "twice-invited@example.org")
    second = await invited(registry, account_mail, admin, org["id"], "twice-invited@example.org", role="admin")
    replaced = await registry.client.get(f"/invitations/{first['invitation_id']}", params={"token": first["link_token"]})
    assert replaced.status_code == 410 and replaced.json()["code"] == "invitation_withdrawn"
    wrong = await registry.client.get(f"/invitations/{second['invitation_id']}", params={"token": "guessed"})
    assert wrong.status_code == 404

    withdrawn = await registry.client.delete(f"/organisations/{org['id']}/invitations/{second['invitation_id']}",
                                             headers=admin)
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
    late = await registry.client.post(f"/invitations/{second['invitation_id']}/accept", json={
        "token": second["link_token"], "name": "Late", "password": PASSWORD})
    assert late.status_code == 410
