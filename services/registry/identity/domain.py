"""Identity rules, no database: password hashing and policy, API-token fingerprints, who administers what,
and the events of keys, tokens and memberships."""

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from shared.auth import ALGORITHM, Principal, Role, public_jwk
from shared.contracts.registry import (
    ApiTokenRevoked, OrganisationMemberAdded, OrganisationMemberRemoved, OrganisationMemberRoleChanged,
    SigningKeyPublished, UserDisabled,
)
from shared.errors import DomainError, Forbidden

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()  # argon2id with the library's (RFC 9106) defaults
# Verified against when the email is unknown, so a wrong email costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


@dataclass(frozen=True)
class User:
    id: UUID
    email: str
    name: str | None
    password_hash: str
    operator: bool
    disabled_at: datetime | None = None
    email_verified_at: datetime | None = None


def check_password_policy(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(f"{field}: must be at least {MIN_PASSWORD_LENGTH} characters long")
    if password.strip() != password or not password.strip():
        raise DomainError(f"{field}: must not start or end with whitespace")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(user: User | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerificationError, InvalidHashError):
        return False


def token_fingerprint(token: str) -> str:
    """API tokens are high-entropy signed JWTs: a plain SHA-256 is enough to store them safely."""
    return hashlib.sha256(token.encode()).hexdigest()


def caller_must_administer(caller: Principal, organisation_id: UUID) -> None:
    if not caller.is_admin_of(organisation_id):
        raise Forbidden(f"only an admin of organisation {organisation_id} or a platform operator may change it")


def signing_key_published(kid: str, private_key: Any) -> SigningKeyPublished:
    """The public half of a new key, for every service; its id is derived from the kid, so it is stable."""
    return SigningKeyPublished(aggregate_id=uuid.uuid5(uuid.NAMESPACE_URL, kid), kid=kid, algorithm=ALGORITHM,
                               public_jwk=public_jwk(private_key, kid))


def api_token_revoked(token_id: UUID) -> ApiTokenRevoked:
    return ApiTokenRevoked(aggregate_id=token_id, token_id=token_id)


def membership_set(user_id: UUID, organisation_id: UUID, role: Role,
                   previous: Role | None) -> OrganisationMemberAdded | OrganisationMemberRoleChanged | None:
    """What every service must learn when a user's role in an organisation is set (nothing if unchanged)."""
    if previous == role:
        return None
    kind = OrganisationMemberAdded if previous is None else OrganisationMemberRoleChanged
    return kind(aggregate_id=user_id, user_id=user_id, organisation_id=organisation_id, role=role.value)


def membership_removed(user_id: UUID, organisation_id: UUID) -> OrganisationMemberRemoved:
    return OrganisationMemberRemoved(aggregate_id=user_id, user_id=user_id, organisation_id=organisation_id)


def user_disabled(user_id: UUID) -> UserDisabled:
    return UserDisabled(aggregate_id=user_id, user_id=user_id)
