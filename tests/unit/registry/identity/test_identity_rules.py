import re
import uuid

import pytest

from services.registry.identity import domain
from services.registry.identity.schemas import SignUp
from services.registry.identity.domain import User
from services.registry.settings import RegistrySettings
from shared.errors import DomainError


def user_with(password: str) -> User:
    return User(uuid.uuid4(), "u@example.org", None, domain.hash_password(password), False)


def test_passwords_are_stored_as_argon2id_hashes_that_verify_only_the_right_password():
    user = user_with("correct horse battery")
    assert user.password_hash.startswith("$argon2id$") and "correct" not in user.password_hash
    assert domain.password_matches(user, "correct horse battery")
    assert not domain.password_matches(user, "wrong horse battery")
    assert not domain.password_matches(None, "correct horse battery")  # unknown email


@pytest.mark.parametrize(("password", "message"), [
    ("short", "password: must be at least 10 characters long"),
    (" leading-space-pw", "password: must not start or end with whitespace"),
])
def test_weak_passwords_are_refused(password, message):
    with pytest.raises(DomainError, match=message):
        domain.check_password_policy(password)


def test_api_tokens_are_kept_as_a_fingerprint_not_the_token():
    fingerprint = domain.token_fingerprint("header.claims.signature")
    assert len(fingerprint) == 64 and "signature" not in fingerprint
    assert fingerprint == domain.token_fingerprint("header.claims.signature")


@pytest.mark.parametrize("environment", ["test", "production"])
def test_the_placeholder_operator_password_is_refused_outside_development(environment):
    with pytest.raises(ValueError, match="REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD must be set to a real secret"):
        RegistrySettings(SPARKNET_ENV=environment)
    assert RegistrySettings(SPARKNET_ENV=environment, REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD="s3cret-enough")
    assert RegistrySettings(SPARKNET_ENV=environment, REGISTRY_BOOTSTRAP_OPERATOR_EMAIL="")  # no operator at all


def test_development_runs_with_the_placeholder_operator():
    settings = RegistrySettings(SPARKNET_ENV="development")
    assert settings.bootstrap_operator_email == "operator@example.org"


@pytest.mark.parametrize("password", [
    "correct horse battery", "abcdefghij", " leading-space", "trailing-space ", "trailing-newline\n",
    "ideographic-space\u3000", "\xa0no-break-space", "separator\x1c", "inner\nnewline-ok", "tab\tinside-ok",
])
def test_the_documented_password_pattern_is_the_policy(password):
    """Clients generated from the document refuse exactly the passwords the service refuses."""
    documented = SignUp.model_json_schema()["properties"]["password"]["pattern"]
    try:
        domain.check_password_policy(password)
        allowed = True
    except DomainError:
        allowed = False
    assert bool(re.search(documented, password)) == allowed
