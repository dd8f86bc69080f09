"""Identity over real HTTP and Kafka: login, the JWKS, signing keys on the bus, API tokens."""

import json
import uuid
from datetime import UTC, datetime

import jwt
import pytest

from services.registry.app import build
from services.registry.settings import RegistrySettings
from shared.auth import TokenVerifier
from shared.contracts.registry import SigningKeyPublished
from tests.integration.registry.helpers import OPERATOR_EMAIL, PASSWORD, log_in, new_user
from harness.kafka import TopicReader, start_group_at_end
from harness.services import run_service, settings_env

pytestmark = pytest.mark.integration


class KeysLearnedFromKafka:
    """What another service holds after consuming registry.identity.v1: no call to the registry."""

    def __init__(self, *events: SigningKeyPublished) -> None:
        self.keys = {e.kid: e.public_jwk for e in events}
        self.revoked: set[uuid.UUID] = set()

    async def public_jwk(self, kid):
        return self.keys.get(kid)

    async def is_revoked(self, token_id):
        return token_id in self.revoked


async def test_first_start_publishes_its_signing_key_which_verifies_login_tokens_offline(infra):
    group = f"test-registry-{uuid.uuid4().hex[:6]}"
    await start_group_at_end(infra.bootstrap_servers, group, "events.event.v1")
    env = settings_env(infra, "registry", REGISTRY_BOOTSTRAP_OPERATOR_EMAIL="first@example.org",
                       REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD="first-start-secret", REGISTRY_CONSUMER_GROUP=group)
    async with TopicReader(infra.bootstrap_servers, "registry.identity.v1") as reader:
        async with run_service(build, RegistrySettings(**env)) as fresh:
            [served] = (await fresh.client.get("/.well-known/jwks.json")).json()["keys"]
            record = await reader.wait_for(lambda v: v.get("kid") == served["kid"])
            headers = await log_in(fresh.client, "first@example.org", "first-start-secret")
    published = SigningKeyPublished.model_validate_json(record.value)
    assert record.key == str(published.aggregate_id).encode()
    assert published.public_jwk == served and served["kty"] == "OKP" and "d" not in served
    # published on first start, outside any request: it starts a trace of its own
    assert published.traceparent and dict(record.headers)["traceparent"].decode() == published.traceparent
    principal = await TokenVerifier(KeysLearnedFromKafka(published)).verify(headers["Authorization"][7:])
    assert (principal.operator, principal.kind, principal.email) == (True, "user", "first@example.org")


async def test_login_gives_a_short_lived_token_naming_the_user_but_not_their_roles(registry, operator):
    claims = jwt.decode(operator["Authorization"][7:], options={"verify_signature": False})
    assert claims["operator"] is True and claims["kind"] == "user"
    assert "orgs" not in claims  # memberships change; every service reads the current ones
    assert 0 < claims["exp"] - claims["iat"] <= 15 * 60
    me = (await registry.client.get("/auth/me", headers=operator)).json()
    assert (me["email"], me["operator"]) == (OPERATOR_EMAIL, True)


@pytest.mark.parametrize("email", [OPERATOR_EMAIL, "nobody@example.org"])
async def test_a_wrong_password_or_unknown_email_is_401_without_saying_which(registry, email):
    response = await registry.client.post("/auth/login", json={"email": email, "password": "not the password"})
    assert response.status_code == 401
    assert response.json()["detail"] == "invalid email or password"
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "authentication required"),
        ({"Authorization": "Basic abc"}, "must be 'Bearer <token>'"),
        ({"Authorization": "Bearer not-a-jwt"}, "malformed token"),
    ],
)
async def test_missing_or_malformed_credentials_are_401_with_a_precise_message(registry, headers, message):
    response = await registry.client.get("/auth/me", headers=headers)
    assert response.status_code == 401
    assert message in response.json()["detail"]


async def test_signing_up_twice_or_with_a_weak_password_is_refused(registry):
    user, _ = await new_user(registry.client, "twice")
    again = await registry.client.post("/users", json={"email": user["email"].upper(), "password": PASSWORD})
    assert again.status_code == 409 and "already exists" in again.json()["detail"]
    weak = await registry.client.post("/users", json={"email": "weak@example.org", "password": "short"})
    assert weak.status_code == 422 and "password: String should have at least 10 characters" in weak.json()["detail"]
    bad = await registry.client.post("/users", json={"email": "not-an-email", "password": PASSWORD})
    assert bad.status_code == 422 and bad.json()["detail"].startswith("email:")


async def test_only_an_operator_creates_operators(registry, operator):
    body = {"email": f"op-{uuid.uuid4().hex[:6]}@example.org", "password": PASSWORD, "operator": True}
    assert (await registry.client.post("/users", json=body)).status_code == 401
    _, plain = await new_user(registry.client, "plain")
    refused = await registry.client.post("/users", json=body, headers=plain)
    assert refused.status_code == 403 and "platform operators only" in refused.json()["detail"]
    created = await registry.client.post("/users", json=body, headers=operator)
    assert created.status_code == 201 and created.json()["operator"] is True


async def test_rotation_publishes_a_new_key_and_old_tokens_still_verify(infra, registry, operator):
    _, user = await new_user(registry.client, "rotation")
    async with TopicReader(infra.bootstrap_servers, "registry.identity.v1") as reader:
        response = await registry.client.post("/auth/signing-keys/rotate", headers=operator)
        assert response.status_code == 200
        kid = response.json()["kid"]
        await reader.wait_for(lambda v: v.get("type") == "SigningKeyPublished" and v.get("kid") == kid)
    assert kid in {k["kid"] for k in (await registry.client.get("/.well-known/jwks.json")).json()["keys"]}
    assert (await registry.client.get("/auth/me", headers=user)).status_code == 200  # signed by the old key
    fresh = jwt.get_unverified_header((await log_in(registry.client, OPERATOR_EMAIL, "a-real-operator-secret"))
                                      ["Authorization"][7:])
    assert fresh["kid"] == kid
    refused = await registry.client.post("/auth/signing-keys/rotate", headers=user)
    assert refused.status_code == 403


async def test_an_api_token_is_listed_without_its_secret_used_and_revoked(infra, registry):
    user, headers = await new_user(registry.client, "machine-owner")
    issued = await registry.client.post("/auth/api-tokens", json={"name": "ci", "days": 30}, headers=headers)
    assert issued.status_code == 201, issued.text
    token = issued.json()
    api = {"Authorization": f"Bearer {token['token']}"}
    assert jwt.decode(token["token"], options={"verify_signature": False})["kind"] == "api"
    assert (datetime.fromisoformat(token["expires_at"]) - datetime.now(UTC)).days in (29, 30)

    listed = (await registry.client.get("/auth/api-tokens", headers=headers)).json()
    assert [t["id"] for t in listed] == [token["id"]]
    assert "token" not in listed[0] and token["token"] not in json.dumps(listed)
    me = (await registry.client.get("/auth/me", headers=api)).json()
    assert (me["id"], me["kind"]) == (user["id"], "api")
    more = await registry.client.post("/auth/api-tokens", json={"name": "x"}, headers=api)
    assert more.status_code == 403 and "not to other API tokens" in more.json()["detail"]

    async with TopicReader(infra.bootstrap_servers, "registry.identity.v1") as reader:
        revoked = await registry.client.delete(f"/auth/api-tokens/{token['id']}", headers=headers)
        assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
        record = await reader.wait_for(lambda v: v.get("token_id") == token["id"])
    assert json.loads(record.value)["type"] == "ApiTokenRevoked" and record.key == token["id"].encode()
    refused = await registry.client.get("/auth/me", headers=api)
    assert refused.status_code == 401 and refused.json()["detail"] == "token revoked"


async def test_someone_elses_api_token_cannot_be_revoked(registry, operator):
    _, owner = await new_user(registry.client, "owner")
    _, other = await new_user(registry.client, "other")
    token = (await registry.client.post("/auth/api-tokens", json={"name": "bot"}, headers=owner)).json()
    assert (await registry.client.delete(f"/auth/api-tokens/{token['id']}", headers=other)).status_code == 404
    everyone = await registry.client.get("/auth/api-tokens", params={"everyone": "true"}, headers=operator)
    assert token["id"] in {t["id"] for t in everyone.json()}
    assert (await registry.client.get("/auth/api-tokens", params={"everyone": "true"}, headers=other)).status_code == 403
    assert (await registry.client.delete(f"/auth/api-tokens/{token['id']}", headers=operator)).status_code == 200


async def test_a_days_beyond_the_maximum_is_refused(registry):
    _, headers = await new_user(registry.client, "greedy")
    response = await registry.client.post("/auth/api-tokens", json={"name": "forever", "days": 5000}, headers=headers)
    assert response.status_code == 422 and response.json()["detail"] == "days: at most 365"




async def test_sign_up_reads_its_body_as_the_document_states_it(registry):
    """`operator` is a boolean (0 is no boolean); an address on the reserved .test domain is an address."""
    email = f"reader-{uuid.uuid4().hex[:8]}@sparknet.test"
    numeric = await registry.client.post("/users", json={"email": email, "password": PASSWORD, "operator": 0})
    assert numeric.status_code == 422 and numeric.json()["detail"].startswith("operator:"), numeric.text
    created = await registry.client.post("/users", json={"email": email, "password": PASSWORD})
    assert created.status_code == 201 and created.json()["email"] == email, created.text
