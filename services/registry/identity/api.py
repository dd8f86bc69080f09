"""Identity HTTP API: sign-up, login, the JWKS, memberships and API tokens."""

from datetime import timedelta
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Request

from services.registry.accounts.domain import LinkLimits
from services.registry.identity import keys, service
from services.registry.identity.access import Caller, MaybeCaller
from services.registry.identity.schemas import (
    ApiTokenCreate,
    ApiTokenIssued,
    ApiTokenRead,
    Jwks,
    Login,
    Me,
    MemberAdd,
    MemberRead,
    SignedKey,
    SignUp,
    TokenRead,
    UserRead,
)
from services.registry.sessions import service as sessions
from services.registry.sessions.domain import SIGN_IN_REFUSALS, Throttle
from services.registry.settings import RegistrySettings
from shared import openapi
from shared.errors import DomainError, Unauthorized
from shared.http import PoolDep, client_address, runtime_settings

router = APIRouter(tags=["identity"])
SettingsDep = Annotated[RegistrySettings, Depends(runtime_settings)]


@router.post("/users", status_code=201, response_model=UserRead, summary="Sign up",
             responses=openapi.problems_for(
                 status_403="An operator is asked for by a caller who is not one",
                 status_409="A user with this email already exists (emails are compared ignoring case)"))
async def sign_up(body: SignUp, pool: PoolDep, caller: MaybeCaller, settings: SettingsDep):
    """Anyone may sign up; the password needs at least 10 characters and no surrounding whitespace (422).
    The account signs in once its address is confirmed by the link e-mailed to it (in `language`); an account an
    operator creates is confirmed at once. Only a signed-in operator may create another operator: anonymously
    that is a 401, otherwise a 403."""
    if body.operator:
        (caller or _anonymous()).require_operator("creating an operator")
    vouched = caller is not None and caller.operator  # an operator creating an account vouches for its address
    confirmation = None if vouched else service.Confirmation(body.language, LinkLimits.of(settings))
    return await service.sign_up(pool, email=body.email, password=body.password, name=body.name,
                                 operator=body.operator, confirmation=confirmation)


@router.post("/users/{user_id}/disable", response_model=UserRead, summary="Disable a user",
             responses=openapi.problems_for(status_409="An operator may not disable themselves"))
async def disable_user(user_id: UUID, pool: PoolDep, caller: Caller):
    """Operators only. Ends the user's memberships; every service refuses the user's tokens from then on.
    Disabling a disabled user changes nothing. An operator cannot disable themselves (409), so the platform
    always keeps the operator who acts."""
    return await service.disable_user(pool, caller, user_id)


@router.post("/auth/login", response_model=TokenRead, summary="Log in",
             responses=openapi.problems_for(**SIGN_IN_REFUSALS))
async def log_in(body: Login, request: Request, pool: PoolDep, settings: SettingsDep):
    """Exchanges an email and password for a short-lived access token, for programs (browsers sign in with
    `POST /auth/sessions`). A wrong email or password, or a disabled user, is a 401; an unconfirmed address a 403;
    failed attempts are throttled as sessions' are (429 with `Retry-After`)."""
    user = await sessions.throttled_user(pool, email=body.email, password=body.password,
                                         address=client_address(request), throttle=Throttle.of(settings))
    token, expires_at = await service.access_token(pool, user, ttl=settings.access_token_ttl)
    return {"access_token": token, "expires_at": expires_at}


@router.get("/auth/me", response_model=Me, summary="Who the caller is")
async def me(caller: Caller):
    """The signed-in user or API token: its id, email, kind, whether an operator, and its current roles by
    organisation (read fresh at each request, never from the token)."""
    return {"id": caller.subject, "email": caller.email, "kind": caller.kind, "operator": caller.operator,
            "organisations": caller.organisations}


@router.get("/.well-known/jwks.json", response_model=Jwks, summary="The public signing keys")
async def jwks(pool: PoolDep):
    """The JSON Web Key Set verifying the registry's tokens: the current key and retired ones, newest first.
    Public."""
    return await keys.jwks(pool)


@router.post("/auth/signing-keys/rotate", response_model=SignedKey, summary="Rotate the signing key")
async def rotate_signing_key(pool: PoolDep, caller: Caller):
    """Operators only. A new key signs tokens from now on; retired keys still verify tokens issued before,
    until those expire."""
    caller.require_operator("rotating the signing key")
    return {"kid": (await keys.rotate(pool)).kid}


@router.post("/auth/api-tokens", status_code=201, response_model=ApiTokenIssued, summary="Issue an API token")
async def issue_api_token(body: ApiTokenCreate, request: Request, pool: PoolDep, caller: Caller):
    """For a user who logged in (an API token cannot issue another: 403). The token acts as its user and is
    shown once, only its hash is kept. `days` above the configured maximum is a 422."""
    max_days = request.app.state.runtime.settings.api_token_max_days
    if body.days > max_days:
        raise DomainError(f"days: at most {max_days}")
    return await service.issue_api_token(pool, caller, name=body.name, ttl=timedelta(days=body.days))


@router.get("/auth/api-tokens", response_model=list[ApiTokenRead], summary="List API tokens")
async def list_api_tokens(pool: PoolDep, caller: Caller, everyone: bool = False):
    """The caller's own API tokens, newest first; with `everyone`, every user's (operators only, else 403)."""
    return await service.list_api_tokens(pool, caller, everyone=everyone)


@router.delete("/auth/api-tokens/{token_id}", response_model=ApiTokenRead, summary="Revoke an API token")
async def revoke_api_token(token_id: UUID, pool: PoolDep, caller: Caller):
    """By the token's user or an operator; someone else's token is a 404. Every service refuses it at once;
    revoking it again changes nothing."""
    return await service.revoke_api_token(pool, caller, token_id)


@router.get("/organisations/{organisation_id}/members", response_model=list[MemberRead],
            summary="List an organisation's members")
async def list_members(organisation_id: UUID, pool: PoolDep, caller: Caller):
    """For the organisation's members and operators (403 for anyone else), by email."""
    return await service.list_members(pool, caller, organisation_id)


@router.post("/organisations/{organisation_id}/members", status_code=201, response_model=MemberRead,
             summary="Add a member or change their role")
async def add_member(organisation_id: UUID, body: MemberAdd, pool: PoolDep, caller: Caller):
    """By an admin of the organisation or an operator. The user must have signed up (else 422); a member
    already there gets the new role."""
    return await service.add_member(pool, caller, organisation_id, email=body.email, role=body.role)


@router.delete("/organisations/{organisation_id}/members/{user_id}", status_code=204,
               summary="Remove a member",
               responses=openapi.problems_for(
                   status_409="The last admin is removed by someone who is not an operator"))
async def remove_member(organisation_id: UUID, user_id: UUID, pool: PoolDep, caller: Caller) -> None:
    """By an admin of the organisation or an operator; a user who is not a member is a 404. An organisation
    keeps at least one admin: only an operator may remove the last one."""
    await service.remove_member(pool, caller, organisation_id, user_id)


def _anonymous():
    raise Unauthorized("authentication required: only a signed-in operator may create an operator")
