"""Organisations in bulk: one row each, checked as POST /organisations checks one; operators only.

Columns: id, key, name, name_<language> (e.g. name_uk), kind, country, city, website, description,
sectors (';'-separated slugs), contact_email, admin_emails (';'-separated e-mails of users who sign up first
and become the organisation's admins), status (active | suspended). A name is refused as POST /organisations
refuses it: when an organisation or an earlier row has it in the same country and city (case, accents, spacing
and punctuation aside).
"""

import re
from dataclasses import dataclass
from uuid import UUID

import asyncpg

from services.registry.organisations import codes
from services.registry.organisations import repository as organisations
from services.registry.organisations.schemas import OrganisationCreate
from services.registry.bulk import repository
from services.registry.bulk.checks import NewIds, NewKeys, each_row, text, wanted_ids
from services.registry.bulk.cells import items
from services.registry.bulk.names import NewNames
from services.registry.bulk.formats import Row
from services.registry.bulk.report import RowProblem
from services.registry.organisations.domain import Organisation
from services.registry.identity import memberships
from shared.auth import Principal, Role
from shared.contracts.registry import OrganisationStatus
from shared.unit_of_work import UnitOfWork

COLUMNS = ("id", "key", "name", "kind", "country", "city", "website", "description", "sectors", "contact_email",
           "admin_emails", "status")
REQUIRED = ("name", "kind", "country", "city")
NAME_IN = re.compile(r"^name_([a-z]+)$")


def accepts(column: str) -> bool:
    return column in COLUMNS or bool(NAME_IN.match(column))


def authorise(caller: Principal) -> None:
    caller.require_operator("importing organisations")


@dataclass
class Checked:
    organisation: Organisation
    key: str | None
    admins: list[UUID]


async def check(conn: asyncpg.Connection, caller: Principal, rows: list[Row]):
    ids = NewIds("organisation", await repository.taken(conn, "organisations", wanted_ids(rows)))
    keys = NewKeys(await repository.taken_keys(conn, [str(r.values.get("key")) for r in rows]))
    users = await repository.users_by_email(conn, [e for r in rows for e in items(r.values.get("admin_emails", []))
                                                   if isinstance(e, str)])
    new_names = await NewNames.load(conn, rows)

    def one(row: Row) -> Checked:
        wanted, key = ids.claim(row), keys.claim(row)
        names = {codes.language(m[1], column): value for column, value in row.values.items()
                 if (m := NAME_IN.match(column))}
        fields = {c: row.values[c] for c in (*COLUMNS[2:8], "contact_email") if c in row.values}
        body = OrganisationCreate.model_validate(fields | {"names": names,
                                                          "sectors": items(row.values.get("sectors", []))})
        admins = [_user(users, email) for email in items(row.values.get("admin_emails", []))]
        organisation = Organisation.register(**body.model_dump() | {
            "website": str(body.website) if body.website else None, "sectors": tuple(body.sectors)},
            **({"id": wanted} if wanted else {}))
        new_names.claim(row, organisation)
        return Checked(_with_status(organisation, text(row, "status") or "active"), key, admins)

    return each_row(rows, one, {"names": "name_"})


def _with_status(organisation: Organisation, status: str) -> Organisation:
    """A suspended row is registered, then suspended: the same two events as by hand."""
    if status not in {s.value for s in OrganisationStatus}:
        raise RowProblem("status", f"{status!r}: must be active or suspended")
    if status == organisation.status.value:
        return organisation
    suspended = organisation.changed(status=OrganisationStatus(status))
    suspended.events[:0] = organisation.events
    return suspended


def _user(users: dict[str, UUID], email) -> UUID:
    if not isinstance(email, str) or email.lower() not in users:
        raise RowProblem("admin_emails", f"no user with email {email}; they sign up first")
    return users[email.lower()]


async def write(uow: UnitOfWork, checked: list[Checked]) -> list[UUID]:
    for c in checked:
        await organisations.add_organisation(uow.conn, c.organisation)
        if c.key:
            await repository.set_key(uow.conn, c.organisation.id, c.key)
        for user_id in c.admins:
            await memberships.grant(uow, user_id, c.organisation.id, Role.ADMIN)
    uow.collect(*(c.organisation for c in checked))
    return [c.organisation.id for c in checked]


async def export(conn: asyncpg.Connection, caller: Principal | None) -> tuple[list[str], list[dict]]:
    """Contact e-mails for network members and operators only, admins' e-mails for operators only."""
    rows = await repository.organisation_rows(conn)
    in_network = caller is not None and (caller.operator or bool(caller.organisations))
    operator = caller is not None and caller.operator
    languages = sorted({language for r in rows for language in r["names"]})
    columns = [*COLUMNS[:3], *(f"name_{language}" for language in languages), *COLUMNS[3:]]
    return columns, [{c: r.get(c) for c in COLUMNS} | {f"name_{lang}": name for lang, name in r["names"].items()} | {
        "contact_email": r["contact_email"] if in_network else None,
        "admin_emails": r["admin_emails"] if operator else None} for r in rows]
