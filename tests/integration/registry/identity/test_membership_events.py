"""Every membership change goes out on registry.identity.v1, keyed by user, for the other services' copies."""

import json
import shutil
import uuid
from pathlib import Path

import pytest

from services.registry import app as registry_app
from shared import topics
from shared.db import connect
from shared.migrations import migrate
from tests.integration.registry.helpers import new_user, organisation
from harness.kafka import TopicReader

pytestmark = pytest.mark.integration


async def test_joining_changing_role_leaving_and_being_disabled_are_each_published(infra, registry, operator):
    client = registry.client
    founder, founder_headers = await new_user(client, "founder")
    colleague, colleague_headers = await new_user(client, "colleague")
    async with TopicReader(infra.bootstrap_servers, "registry.identity.v1") as reader:
        org = await organisation(client, founder_headers, "Kharkiv Design School")
        members = f"/organisations/{org['id']}/members"
        for role in ("member", "admin"):
            response = await client.post(members, json={"email": colleague["email"], "role": role},
                                         headers=founder_headers)
            assert response.status_code == 201, response.text
        assert (await client.delete(f"{members}/{colleague['id']}", headers=founder_headers)).status_code == 204
        disabled = await client.post(f"/users/{founder['id']}/disable", headers=operator)
        assert disabled.status_code == 200, disabled.text

        def of(user: dict, kind: str):
            return lambda v: v.get("type") == kind and v.get("user_id") == user["id"]

        founded = await reader.wait_for(of(founder, "OrganisationMemberAdded"))
        joined = await reader.wait_for(of(colleague, "OrganisationMemberAdded"))
        promoted = await reader.wait_for(of(colleague, "OrganisationMemberRoleChanged"))
        left = await reader.wait_for(of(colleague, "OrganisationMemberRemoved"))
        gone = await reader.wait_for(of(founder, "UserDisabled"))

    role = {name: json.loads(r.value).get("role") for name, r in {"founded": founded, "joined": joined,
                                                                    "promoted": promoted}.items()}
    assert role == {"founded": "admin", "joined": "member", "promoted": "admin"}
    assert {json.loads(r.value)["organisation_id"] for r in (founded, joined, promoted, left)} == {org["id"]}
    assert {r.key for r in (joined, promoted, left)} == {colleague["id"].encode()}
    assert {r.key for r in (founded, gone)} == {founder["id"].encode()}
    assert (await client.get("/auth/me", headers=founder_headers)).status_code == 401
    assert (await client.get("/auth/me", headers=colleague_headers)).json()["organisations"] == {}


@pytest.mark.parametrize("who", ["member", "self"])
async def test_only_an_operator_disables_someone_else(registry, operator, who):
    user, headers = await new_user(registry.client, "someone")
    caller = headers if who == "member" else operator
    target = user["id"] if who == "member" else (await registry.client.get("/auth/me", headers=operator)).json()["id"]
    response = await registry.client.post(f"/users/{target}/disable", headers=caller)
    assert response.status_code == (403 if who == "member" else 409), response.text
    assert (await registry.client.get("/auth/me", headers=caller)).status_code == 200  # the caller acts on


async def test_an_operator_cannot_disable_themselves_as_the_document_says(registry, operator):
    """Else a client holding the operator's token (or a contract test exploring the API) would lock itself out."""
    me = (await registry.client.get("/auth/me", headers=operator)).json()
    refused = await registry.client.post(f"/users/{me['id']}/disable", headers=operator)
    assert refused.status_code == 409 and refused.headers["content-type"] == "application/problem+json", refused.text
    assert "may not disable themselves" in refused.json()["detail"]
    document = (await registry.client.get("/openapi.json")).json()
    assert "409" in document["paths"]["/users/{user_id}/disable"]["post"]["responses"]
    assert (await registry.client.get("/auth/me", headers=operator)).json()["operator"] is True


async def test_memberships_made_before_they_were_published_are_announced_once_on_upgrade(infra, tmp_path):
    """An upgraded registry tells the other services of every existing membership, through its outbox."""
    migrations = Path(registry_app.__file__).parent / "migrations"
    announcing = "0014_memberships_announced.sql"
    for earlier in sorted(p for p in migrations.glob("*.sql") if p.name < announcing):
        shutil.copy(earlier, tmp_path / earlier.name)
    schema, user_id, org_id = f"t_upgrade_{uuid.uuid4().hex[:8]}", uuid.uuid4(), uuid.uuid4()
    await migrate(infra.database_url, schema, tmp_path)
    conn = await connect(infra.database_url, schema)
    try:
        await conn.execute("INSERT INTO users (id, email, password_hash) VALUES ($1, 'old@example.org', 'x')", user_id)
        await conn.execute("INSERT INTO organisations (id, name, kind, country, city)"
                           " VALUES ($1, 'Old School', 'college', 'UA', 'Odesa')", org_id)
        await conn.execute("INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'admin')",
                           user_id, org_id)
        await migrate(infra.database_url, schema, migrations)
        [row] = await conn.fetch("SELECT * FROM outbox WHERE event_type = 'OrganisationMemberAdded'")
        announced = topics.REGISTRY_IDENTITY.adapter.validate_python(row["payload"])  # what every consumer reads
        assert (announced.user_id, announced.organisation_id, announced.role) == (user_id, org_id, "admin")
        assert (row["topic"], row["message_key"], row["message_id"]) == (
            "registry.identity.v1", str(user_id), announced.message_id)
    finally:
        await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await conn.close()
