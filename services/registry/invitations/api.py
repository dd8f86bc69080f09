"""Invitations over HTTP: admins invite people by e-mail; the web app's invitation page shows and accepts."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Query

from services.registry.identity.access import Caller, MaybeCaller
from services.registry.invitations import service
from services.registry.invitations.schemas import Acceptance, Accepted, InvitationCreate, InvitationRead, InvitationView
from services.registry.settings import RegistrySettings
from shared import openapi
from shared.auth import Role
from shared.http import PoolDep, runtime_settings

router = APIRouter(tags=["invitations"])
SettingsDep = Annotated[RegistrySettings, Depends(runtime_settings)]
Token = Annotated[str, Query(min_length=1, max_length=200, description="The token of the invitation's link")]
_LINK_REFUSED = {"status_404": "Unknown invitation, or a wrong token",
                 "status_410": "The invitation was accepted or withdrawn, or has expired"}


@router.post("/organisations/{organisation_id}/invitations", status_code=201, response_model=InvitationRead,
             summary="Invite a person by e-mail", responses=openapi.problems_for(
                 status_409="The address is a member of the organisation already"))
async def invite(organisation_id: UUID, body: InvitationCreate, pool: PoolDep, caller: Caller, settings: SettingsDep):
    """An admin of the organisation (or an operator) invites an address with a role: the person gets an e-mail
    with a link, open for `REGISTRY_INVITATION_DAYS`. Inviting the same address again replaces the open
    invitation (the older link stops working)."""
    return await service.invite(pool, caller, organisation_id, email=body.email, role=Role(body.role),
                                language=body.language, lifetime=settings.invitation_ttl)


@router.get("/organisations/{organisation_id}/invitations", response_model=list[InvitationRead],
            summary="List an organisation's invitations")
async def list_invitations(organisation_id: UUID, pool: PoolDep, caller: Caller):
    """The organisation's invitations, newest first, each open, accepted, withdrawn or expired: for its admins."""
    return await service.list_invitations(pool, caller, organisation_id)


@router.delete("/organisations/{organisation_id}/invitations/{invitation_id}", response_model=InvitationRead,
               summary="Withdraw an invitation", responses=openapi.problems_for(
                   status_409="The invitation was accepted: remove the member instead"))
async def withdraw(organisation_id: UUID, invitation_id: UUID, pool: PoolDep, caller: Caller):
    """Its link stops working. An accepted invitation stays as it was."""
    return await service.withdraw(pool, caller, organisation_id, invitation_id)


@router.get("/invitations/{invitation_id}", response_model=InvitationView, summary="See an invitation",
            responses=openapi.problems_for(**_LINK_REFUSED))
async def view(invitation_id: UUID, token: Token, pool: PoolDep):
    """What the link's page shows: the organisation, the role, the invited address, and whether it has an
    account (sign in to accept) or not (sign up on the way). Only with the link's token."""
    return await service.view(pool, invitation_id, token=token)


@router.post("/invitations/{invitation_id}/accept", status_code=201, response_model=Accepted,
             summary="Accept an invitation", responses=openapi.problems_for(**_LINK_REFUSED, status_409=(
                 "The address has an account: sign in as it to accept")))
async def accept(invitation_id: UUID, body: Acceptance, pool: PoolDep, caller: MaybeCaller):
    """Makes the person a member with the invitation's role. Signed in, the caller's address must be the invited
    one (403 otherwise); without a token, `name` and `password` sign the address up (confirmed: the link
    reached it) — unless it has an account already (409)."""
    return await service.accept(pool, caller, invitation_id, token=body.token, name=body.name,
                                password=body.password)
