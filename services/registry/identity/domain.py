"""Identity rules, no database: password hashing and policy, API-token fingerprints."""

import hashlib
from dataclasses import dataclass
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from shared.errors import DomainError

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


def needs_rehash(user: User) -> bool:
    return _hasher.check_needs_rehash(user.password_hash)


def token_fingerprint(token: str) -> str:
    """API tokens are high-entropy signed JWTs: a plain SHA-256 is enough to store them safely."""
    return hashlib.sha256(token.encode()).hexdigest()

