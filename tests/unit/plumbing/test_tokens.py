"""Tokens are verified offline, and every way of being wrong gets its own 401 message."""

import uuid
from datetime import timedelta

import jwt
import pytest

from shared.auth import ALGORITHM, Principal, Role, TokenVerifier
from shared.errors import Forbidden, Unauthorized
from harness.auth import TokenFactory


class MemoryKeys:
    def __init__(self, *factories: TokenFactory) -> None:
        self.keys = {f.kid: f.published.public_jwk for f in factories}
        self.revoked: set[uuid.UUID] = set()

    async def public_jwk(self, kid):
        return self.keys.get(kid)

    async def is_revoked(self, token_id):
        return token_id in self.revoked


@pytest.fixture
def tokens() -> TokenFactory:
    return TokenFactory()


async def test_a_valid_token_gives_the_caller_but_no_roles(tokens):
    org = uuid.uuid4()
    principal = await TokenVerifier(MemoryKeys(tokens)).verify(tokens.token(admin_of=[org], subject="user-1"))
    assert principal.subject == "user-1"
    assert principal.organisations == {}  # the service's copy of the memberships decides, not the token


async def test_roles_signed_into_a_token_are_ignored(tokens):
    org = uuid.uuid4()
    claims = jwt.decode(tokens.token(subject="user-1"), options={"verify_signature": False})
    old_style = jwt.encode({**claims, "orgs": {str(org): "admin"}}, tokens._key, algorithm=ALGORITHM,
                           headers={"kid": tokens.kid})
    principal = await TokenVerifier(MemoryKeys(tokens)).verify(old_style)
    assert principal.organisations == {} and not principal.is_admin_of(org)


@pytest.mark.parametrize(
    ("make_token", "message"),
    [
        (lambda t: t.token(ttl=timedelta(seconds=-5)), "token expired"),
        (lambda t: t.token()[:-4] + "AAAA", "invalid token: Signature verification failed"),
        (lambda t: "not-a-jwt", "malformed token"),
        (lambda t: TokenFactory().token(), "unknown signing key"),
    ],
)
async def test_bad_tokens_are_refused_precisely(tokens, make_token, message):
    with pytest.raises(Unauthorized, match=message):
        await TokenVerifier(MemoryKeys(tokens)).verify(make_token(tokens))


async def test_a_revoked_api_token_is_refused(tokens):
    keys = MemoryKeys(tokens)
    token_id = uuid.uuid4()
    token = tokens.token(kind="api", token_id=token_id, ttl=timedelta(days=365))
    assert (await TokenVerifier(keys).verify(token)).kind == "api"
    keys.revoked.add(token_id)
    with pytest.raises(Unauthorized, match="token revoked"):
        await TokenVerifier(keys).verify(token)


def test_operators_may_do_anything_and_others_only_for_their_organisation():
    org = uuid.uuid4()
    operator = Principal(subject="op", kind="user", token_id=uuid.uuid4(), operator=True)
    member = Principal(subject="m", kind="user", token_id=uuid.uuid4(), organisations={org: Role.MEMBER})
    operator.require_admin_of_any([org], "editing")
    with pytest.raises(Forbidden, match=f"editing needs an admin of organisation {org}"):
        member.require_admin_of_any([org], "editing")
    with pytest.raises(Forbidden, match="for platform operators only"):
        member.require_operator("suspending an organisation")
