"""Organisers as the registry projection knows them: partnerships and organisations.

A partnership acts through the admins of its member organisations, an organisation
through its own admins; `acting_for` gives both in the shape `access.Members` expects.
"""

from collections.abc import Iterable, Sequence
from uuid import UUID

import asyncpg

from services.events.projections import partners
from services.events.event.access import Members
from shared.contracts.events import Organiser
from shared.errors import DomainError


async def acting_for(conn: asyncpg.Connection, organisers: Iterable[Organiser]) -> Members:
    """Each organiser's id → the organisations whose admins act for it."""
    organisers = list(organisers)
    members = await partners.members_of(conn, [o.partnership_id for o in organisers if o.partnership_id])
    members.update({o.organisation_id: {o.organisation_id} for o in organisers if o.organisation_id})
    return members


async def require_known(conn: asyncpg.Connection, organisers: Sequence[Organiser]) -> None:
    """Partnerships active in the projection; organisations known and active (not suspended)."""
    unknown = await partners.unknown_partnerships(conn, [o.partnership_id for o in organisers if o.partnership_id])
    status = dict(await conn.fetch(
        "SELECT id, status FROM organisations WHERE id = ANY($1::uuid[])",
        [o.organisation_id for o in organisers if o.organisation_id],
    ))
    for i, organiser in enumerate(organisers):
        where = f"organisers[{i}].{organiser.kind}_id: {organiser.kind} {organiser.organiser_id}"
        organisation = organiser.organisation_id
        if organiser.partnership_id in unknown or (organisation and organisation not in status):
            raise DomainError(f"{where} is not known to the registry")
        if organisation and status[organisation] != "active":
            raise DomainError(f"{where} is {status[organisation]} in the registry:"
                              f" only an active organisation organises events")


async def directory(conn: asyncpg.Connection, organisers: Iterable[Organiser]) -> dict[UUID, dict]:
    """Public names by organiser id: a partnership's with its members', an organisation's own."""
    organisers = list(organisers)
    names = await partners.directory(conn, list({o.partnership_id for o in organisers if o.partnership_id}))
    for row in await conn.fetch(
        "SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])",
        list({o.organisation_id for o in organisers if o.organisation_id}),
    ):
        names[row["id"]] = {"name": row["name"], "programme": None, "organisations": [row["name"]]}
    return names
