"""Tokens for tests: a signing key of our own, made known to a service like the registry would.

Tokens carry no roles, as the registry's do not: a service reads a caller's roles from its own copy
of the registry's memberships. So `token(admin_of=...)` mints a token for a user and remembers what
that user is; `seeding(pool)` is an httpx request hook that, before each request, applies the user's
memberships to the service's copy through the same handlers its consumer runs for the registry's events.
"""

import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from uuid import UUID

import asyncpg
import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared import memberships
from shared.auth import ALGORITHM, Role, issue_token, public_jwk
from shared.contracts.registry import OrganisationMemberAdded, OrganisationMemberRemoved, SigningKeyPublished
from shared.unit_of_work import UnitOfWork


class TokenFactory:
    def __init__(self) -> None:
        self.kid = f"test-{uuid.uuid4().hex[:8]}"
        self._key = Ed25519PrivateKey.generate()
        self.roles: dict[str, dict[UUID, Role]] = {}  # user (subject) -> their memberships, as the registry has them

    @property
    def published(self) -> SigningKeyPublished:
        """The event announcing our key: publish it to Kafka, or store it directly."""
        return SigningKeyPublished(
            aggregate_id=uuid.uuid5(uuid.NAMESPACE_URL, self.kid), kid=self.kid,
            algorithm=ALGORITHM, public_jwk=public_jwk(self._key, self.kid),
        )

    def token(self, *, admin_of=(), member_of=(), operator=False, kind="user", ttl=timedelta(minutes=15),
              token_id=None, subject=None) -> str:
        """A token of `subject` (a new user by default), who is now admin of `admin_of`, member of `member_of`."""
        subject = subject or str(uuid.uuid4())
        roles = {**{UUID(str(o)): Role.MEMBER for o in member_of}, **{UUID(str(o)): Role.ADMIN for o in admin_of}}
        if roles or subject in self.roles:
            self.roles[subject] = roles
        return issue_token(self._key, self.kid, subject=subject, ttl=ttl, kind=kind, operator=operator,
                           token_id=token_id)

    def headers(self, **claims) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(**claims)}"}

    def membership_events(self, subject: str, known: set[UUID]) -> list:
        """The registry's events that turn a service's `known` organisations of `subject` into theirs now."""
        user = UUID(subject)
        wanted = self.roles.get(subject, {})
        removed = [OrganisationMemberRemoved(aggregate_id=user, user_id=user, organisation_id=o)
                   for o in known - wanted.keys()]
        return removed + [OrganisationMemberAdded(aggregate_id=user, user_id=user, organisation_id=o, role=r.value)
                          for o, r in wanted.items()]

    async def seed(self, pool: asyncpg.Pool, subject: str) -> None:
        """Apply `subject`'s memberships to one service's copy, as its consumer would."""
        async with UnitOfWork(pool) as uow:
            known = {r["organisation_id"] for r in await uow.conn.fetch(
                "SELECT organisation_id FROM organisation_roles WHERE user_id = $1", UUID(subject))}
            for event in self.membership_events(subject, known):
                handler = (memberships.on_member_removed if isinstance(event, OrganisationMemberRemoved)
                           else memberships.on_member_added)
                await handler(uow, event)

    def seeding(self, pool: asyncpg.Pool) -> Callable[[httpx.Request], Awaitable[None]]:
        """An httpx request hook: the caller's memberships reach the service before the request does."""

        async def before(request: httpx.Request) -> None:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not token:
                return
            try:
                subject = jwt.decode(token, options={"verify_signature": False}).get("sub")
            except jwt.DecodeError:
                return  # a malformed token some test sends on purpose
            if subject in self.roles:
                await self.seed(pool, subject)

        return before

    def seed_client(self, client: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
        client.event_hooks["request"].append(self.seeding(pool))
