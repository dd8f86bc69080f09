"""Identity HTTP API: sign-up, login, the JWKS, memberships and API tokens."""

from datetime import timedelta
from uuid import UUID

from fastapi import APIRouter, Request

from services.registry.identity import keys, service
from services.registry.identity.access import Caller, MaybeCaller
from services.registry.identity.schemas import (
    ApiTokenCreate,
    ApiTokenIssued,
    ApiTokenRead,
    Login,
    Me,
    MemberAdd,
    MemberRead,
    SignUp,
    TokenRead,
    UserRead,
)
from shared.errors import DomainError, Unauthorized
from shared.http import PoolDep

router = APIRouter()


@router.post("/users", status_code=201, response_model=UserRead, tags=["identity"])
async def sign_up(body: SignUp, pool: PoolDep, caller: MaybeCaller):
    if body.operator:
        (caller or _anonymous()).require_operator("creating an operator")
    return await service.sign_up(pool, email=body.email, password=body.password, name=body.name,
                                 operator=body.operator)


@router.post("/users/{user_id}/disable", response_model=UserRead, tags=["identity"],
             summary="Disable a user (operators)",
             description="Ends the user's memberships; every service refuses the user's tokens from then on.")
async def disable_user(user_id: UUID, pool: PoolDep, caller: Caller):
    return await service.disable_user(pool, caller, user_id)


@router.post("/auth/login", response_model=TokenRead, tags=["identity"])
async def log_in(body: Login, request: Request, pool: PoolDep):
    ttl = request.app.state.runtime.settings.access_token_ttl
    token, expires_at = await service.log_in(pool, email=body.email, password=body.password, ttl=ttl)
    return {"access_token": token, "expires_at": expires_at}


@router.get("/auth/me", response_model=Me, tags=["identity"])
async def me(caller: Caller):
    return {"id": caller.subject, "email": caller.email, "kind": caller.kind, "operator": caller.operator,
            "organisations": caller.organisations}


@router.get("/.well-known/jwks.json", tags=["identity"])
async def jwks(pool: PoolDep) -> dict:
    return await keys.jwks(pool)


@router.post("/auth/signing-keys/rotate", tags=["identity"])
async def rotate_signing_key(pool: PoolDep, caller: Caller) -> dict[str, str]:
    caller.require_operator("rotating the signing key")
    return {"kid": (await keys.rotate(pool)).kid}


@router.post("/auth/api-tokens", status_code=201, response_model=ApiTokenIssued, tags=["identity"])
async def issue_api_token(body: ApiTokenCreate, request: Request, pool: PoolDep, caller: Caller):
    max_days = request.app.state.runtime.settings.api_token_max_days
    if body.days > max_days:
        raise DomainError(f"days: at most {max_days}")
    return await service.issue_api_token(pool, caller, name=body.name, ttl=timedelta(days=body.days))


@router.get("/auth/api-tokens", response_model=list[ApiTokenRead], tags=["identity"])
async def list_api_tokens(pool: PoolDep, caller: Caller, everyone: bool = False):
    return await service.list_api_tokens(pool, caller, everyone=everyone)


@router.delete("/auth/api-tokens/{token_id}", response_model=ApiTokenRead, tags=["identity"])
async def revoke_api_token(token_id: UUID, pool: PoolDep, caller: Caller):
    return await service.revoke_api_token(pool, caller, token_id)


@router.get("/organisations/{organisation_id}/members", response_model=list[MemberRead], tags=["identity"])
async def list_members(organisation_id: UUID, pool: PoolDep, caller: Caller):
    return await service.list_members(pool, caller, organisation_id)


@router.post("/organisations/{organisation_id}/members", status_code=201, response_model=MemberRead,
             tags=["identity"])
async def add_member(organisation_id: UUID, body: MemberAdd, pool: PoolDep, caller: Caller):
    return await service.add_member(pool, caller, organisation_id, email=body.email, role=body.role)


@router.delete("/organisations/{organisation_id}/members/{user_id}", status_code=204, tags=["identity"])
async def remove_member(organisation_id: UUID, user_id: UUID, pool: PoolDep, caller: Caller) -> None:
    await service.remove_member(pool, caller, organisation_id, user_id)


def _anonymous():
    raise Unauthorized("authentication required: only a signed-in operator may create an operator")
