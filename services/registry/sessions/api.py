"""Sign-in made for browsers: an access token in the answer, a refresh token in an HttpOnly cookie that only
the session endpoints ever see, rotated at every use."""

from typing import Annotated

from fastapi import APIRouter, Cookie, Depends, Request, Response

from services.registry.sessions import service
from services.registry.sessions.domain import COOKIE, SIGN_IN_REFUSALS, Throttle
from services.registry.sessions.schemas import SessionToken, SignIn
from services.registry.settings import RegistrySettings
from shared import openapi
from shared.http import PoolDep, client_address, runtime_settings

router = APIRouter(prefix="/auth/sessions", tags=["sessions"])
SettingsDep = Annotated[RegistrySettings, Depends(runtime_settings)]
RefreshCookie = Annotated[str | None, Cookie(alias=COOKIE, description="The session's refresh token (HttpOnly)")]
_SETS_THE_COOKIE = {"Set-Cookie": {"description": f"`{COOKIE}`: the next refresh token (HttpOnly, SameSite=Strict,"
                                                  " Path = these endpoints)", "schema": {"type": "string"}}}


def _lifetimes(settings: RegistrySettings) -> service.Lifetimes:
    return service.Lifetimes(access_token=settings.access_token_ttl, refresh_token=settings.refresh_token_ttl,
                             session=settings.session_ttl)


def _cookie_path(request: Request) -> str:
    # Where the browser sees these endpoints: behind the proxy that is under /api/registry.
    return f"{request.scope.get('root_path', '').rstrip('/')}{router.prefix}"


def _answer(issued: service.Issued, request: Request, response: Response, settings: RegistrySettings) -> SessionToken:
    response.set_cookie(COOKIE, issued.refresh_token, expires=issued.refresh_expires_at, path=_cookie_path(request),
                        httponly=True, samesite="strict", secure=settings.environment != "development")
    response.headers["Cache-Control"] = "no-store"
    return SessionToken(access_token=issued.access_token, expires_at=issued.access_expires_at, user_id=issued.user_id)


def _forget_cookie(request: Request, response: Response, settings: RegistrySettings) -> None:
    response.delete_cookie(COOKIE, path=_cookie_path(request), httponly=True, samesite="strict",
                           secure=settings.environment != "development")


@router.post("", status_code=201, response_model=SessionToken, summary="Sign in",
             responses={201: {"headers": _SETS_THE_COOKIE}, **openapi.problems_for(**SIGN_IN_REFUSALS)})
async def sign_in(body: SignIn, request: Request, response: Response, pool: PoolDep, settings: SettingsDep):
    """Checks the e-mail and password and starts a session: the access token in the answer, the refresh token in
    the `sparknet_refresh` cookie. An account whose address is not confirmed yet is refused (403
    `email_unverified`). Failed attempts are counted per account and per client address; past
    `REGISTRY_SIGN_IN_ATTEMPTS_PER_ACCOUNT` (or `..._PER_ADDRESS`) within `REGISTRY_SIGN_IN_WINDOW_MINUTES` the
    answer is 429 with `Retry-After`, whatever the password."""
    issued = await service.sign_in(pool, email=body.email, password=body.password, throttle=Throttle.of(settings),
                                   address=client_address(request), lifetimes=_lifetimes(settings))
    return _answer(issued, request, response, settings)


@router.post("/refresh", response_model=SessionToken, summary="Refresh the access token",
             responses={200: {"headers": _SETS_THE_COOKIE}, **openapi.problems_for(401)})
async def refresh(request: Request, response: Response, pool: PoolDep, settings: SettingsDep,
                  refresh_token: RefreshCookie = None):
    """Spends the cookie's refresh token for a new access token and the next refresh token. A refresh token is
    good once: presented again (a copy), it ends the whole session, for whoever holds either copy (401
    `refresh_token_reused`). 401 too when there is no cookie, the session has expired, was ended, or its user
    was disabled."""
    issued = await service.refresh(pool, refresh_token=refresh_token, lifetimes=_lifetimes(settings))
    return _answer(issued, request, response, settings)


@router.delete("/current", status_code=204, summary="Sign out")
async def sign_out(request: Request, pool: PoolDep, settings: SettingsDep, refresh_token: RefreshCookie = None):
    """Ends the cookie's session (its refresh tokens stop working) and clears the cookie; without one it does
    nothing. Access tokens already issued expire on their own within minutes."""
    await service.sign_out(pool, refresh_token=refresh_token)
    response = Response(status_code=204)
    _forget_cookie(request, response, settings)
    return response
