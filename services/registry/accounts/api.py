"""Account links over HTTP: the web app's pages at the e-mailed links call these."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.registry.accounts import service
from services.registry.accounts.domain import LinkLimits
from services.registry.accounts.schemas import Accepted, Confirmed, LinkRequest, LinkToken, NewPassword
from services.registry.settings import RegistrySettings
from shared import openapi
from shared.http import PoolDep, runtime_settings

router = APIRouter(tags=["accounts"])
SettingsDep = Annotated[RegistrySettings, Depends(runtime_settings)]
_LINK_REFUSED = openapi.problems_for(status_404="The link is not known", status_410="The link was used or has expired")


@router.post("/users/verify-email", response_model=Confirmed, summary="Confirm an e-mail address",
             responses=_LINK_REFUSED)
async def verify_email(body: LinkToken, pool: PoolDep):
    """Spends the token of the link sent at sign-up: the account's address is confirmed and it may sign in.
    Each link works once; asking for a new one ends the older ones' use."""
    user = await service.verify_email(pool, token=body.token)
    return Confirmed(user_id=user.id, email=user.email)


@router.post("/users/verification-email", status_code=202, response_model=Accepted,
             summary="Send the confirmation link again")
async def resend_verification(body: LinkRequest, pool: PoolDep, settings: SettingsDep):
    """E-mails a new confirmation link to an account whose address is not confirmed yet (at most
    `REGISTRY_ACCOUNT_LINKS_PER_HOUR` an hour). The answer is the same for any address."""
    await service.resend_verification(pool, email=body.email, language=body.language, limits=LinkLimits.of(settings))
    return Accepted()


@router.post("/auth/password-reset", status_code=202, response_model=Accepted, summary="Ask for a password reset")
async def request_password_reset(body: LinkRequest, pool: PoolDep, settings: SettingsDep):
    """E-mails the account a link to choose a new password, valid for `REGISTRY_PASSWORD_RESET_MINUTES` and once
    (at most `REGISTRY_ACCOUNT_LINKS_PER_HOUR` an hour). The answer is the same whether the address has an
    account or not."""
    await service.request_password_reset(pool, email=body.email, language=body.language,
                                         limits=LinkLimits.of(settings))
    return Accepted()


@router.post("/auth/password-reset/confirm", response_model=Confirmed, summary="Choose a new password",
             responses=_LINK_REFUSED)
async def reset_password(body: NewPassword, pool: PoolDep):
    """Spends the reset link's token and sets the new password; every session of the account ends, and its
    address counts as confirmed (the link reached it)."""
    user = await service.reset_password(pool, token=body.token, password=body.password)
    return Confirmed(user_id=user.id, email=user.email)
