"""Who calls the registry: the shared bearer-token check, then fresh roles from our own tables.

Tokens carry no roles. The registry owns the memberships, so it reads them at each
request (other services read their copy, kept from the memberships events): a new admin
acts at once, a removed one loses access at once, a disabled user is refused, and an
API token must still exist here (by its hash).
"""

from dataclasses import replace
from typing import Annotated
from uuid import UUID

from fastapi import Depends, Request

from services.registry.identity import domain, repository
from shared.auth import Principal
from shared.errors import Unauthorized
from shared.identity import requiring, verified_principal


async def _fresh(request: Request, principal: Annotated[Principal | None, Depends(verified_principal)]
                 ) -> Principal | None:
    if principal is None:
        return None
    async with request.app.state.runtime.pool.acquire() as conn:
        user = await repository.user_by_id(conn, UUID(principal.subject))
        if user is None:
            raise Unauthorized("invalid token: its user no longer exists")
        if user.disabled_at is not None:
            raise Unauthorized("invalid token: its user has been disabled")
        if principal.kind == "api":
            stored = await repository.api_token(conn, principal.token_id)
            token = request.headers["authorization"].partition(" ")[2].strip()
            if stored is None or stored["token_hash"] != domain.token_fingerprint(token):
                raise Unauthorized("invalid token: unknown API token")
            if stored["revoked_at"] is not None:
                raise Unauthorized("token revoked")
        roles = await repository.roles_of(conn, user.id)
    return replace(principal, operator=user.operator, organisations=roles, email=user.email)


Caller = Annotated[Principal, Depends(requiring(_fresh))]
MaybeCaller = Annotated[Principal | None, Depends(_fresh)]
