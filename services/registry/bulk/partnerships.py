"""Partnerships in bulk: one row each, members named by organisation key, id or name.

Columns: id, name, programme, period_start, period_end (YYYY-MM-DD), lead (one organisation),
partners and associates (';'-separated organisations). Operators import any; an organisation's admin
imports the partnerships their organisation leads, as POST /partnerships allows: the organisations they
do not administer are invited, members only once their own admins accept.
"""

from dataclasses import dataclass
from uuid import UUID

import asyncpg

from services.registry.partnerships import repository as partnerships
from services.registry.bulk import repository
from services.registry.bulk.checks import NewIds, each_row, operator_or_admin, wanted_ids
from services.registry.bulk.cells import items
from services.registry.bulk.formats import Row
from services.registry.bulk.references import OrganisationReferences, label
from services.registry.bulk.report import RowProblem
from services.registry.partnerships.domain import Partnership
from services.registry.partnerships.schemas import PartnershipCreate
from shared.auth import Principal
from shared.contracts.registry import MemberRole, PartnershipMember
from shared.unit_of_work import UnitOfWork

COLUMNS = ("id", "name", "programme", "period_start", "period_end", "lead", "partners", "associates")
REQUIRED = ("name", "lead")
MEMBER_COLUMNS = {"lead": MemberRole.LEAD, "partners": MemberRole.PARTNER, "associates": MemberRole.ASSOCIATE}


def accepts(column: str) -> bool:
    return column in COLUMNS


def authorise(caller: Principal) -> None:
    operator_or_admin(caller, "importing partnerships")


@dataclass
class Checked:
    partnership: Partnership


def _references(row: Row) -> list:
    return [r for column in MEMBER_COLUMNS for r in items(row.values.get(column, []))]


async def check(conn: asyncpg.Connection, caller: Principal, rows: list[Row]):
    ids = NewIds("partnership", await repository.taken(conn, "partnerships", wanted_ids(rows)))
    references = await OrganisationReferences.load(
        conn, [r for row in rows for r in _references(row) if isinstance(r, str)])

    def one(row: Row) -> Checked:
        wanted = ids.claim(row)
        members = _members(row, references)
        roles = [{"organisation_id": o, "role": MEMBER_COLUMNS[cell.partition("[")[0]]} for o, cell in members.items()]
        body = PartnershipCreate.model_validate(
            {c: row.values[c] for c in COLUMNS[1:5] if c in row.values} | {"members": roles})
        lead = next(o for o, cell in members.items() if cell == "lead")
        if not caller.is_admin_of(lead):
            raise RowProblem("lead", "forming a partnership needs an admin of its lead organisation")
        # As POST /partnerships: organisations the importer does not administer are invited, not members.
        proposed = [PartnershipMember(**m.model_dump()) for m in body.members]
        return Checked(Partnership.form(
            **body.model_dump(exclude={"members"}), id=wanted,
            members=tuple(m for m in proposed if caller.is_admin_of(m.organisation_id)),
            pending=tuple(m for m in proposed if not caller.is_admin_of(m.organisation_id))))

    return each_row(rows, one)


def _members(row: Row, references: OrganisationReferences) -> dict[UUID, str]:
    """Each member organisation and the cell naming it, e.g. 'partners[1]'; none twice."""
    if not isinstance(lead := row.values.get("lead"), str) or len(items(lead)) != 1:
        raise RowProblem("lead", "exactly one organisation leads a partnership; the others are partners or associates")
    members: dict[UUID, str] = {}
    for column in MEMBER_COLUMNS:
        for i, reference in enumerate(items(row.values.get(column, []))):
            where = column if column == "lead" else f"{column}[{i}]"
            if not isinstance(reference, str):
                raise RowProblem(where, "must name an organisation by key, id or name")
            organisation_id = references.resolve(reference, where)
            if organisation_id in members:
                raise RowProblem(where, f"organisation {reference!r} is already a member"
                                        f" (in {members[organisation_id]})")
            members[organisation_id] = where
    return members


async def write(uow: UnitOfWork, checked: list[Checked]) -> list[UUID]:
    for c in checked:
        await partnerships.add_partnership(uow.conn, c.partnership)
    uow.collect(*(c.partnership for c in checked))
    return [c.partnership.id for c in checked]


async def export(conn: asyncpg.Connection, caller: Principal | None) -> tuple[list[str], list[dict]]:
    keys = await repository.organisation_keys(conn)
    out = []
    for r in await repository.partnership_rows(conn):
        by_role = {role: [label(UUID(m["organisation_id"]), keys) for m in r["members"] if m["role"] == role]
                   for role in MemberRole}
        out.append({c: r.get(c) for c in COLUMNS[:5]} | {
            "lead": by_role[MemberRole.LEAD][0] if by_role[MemberRole.LEAD] else None,
            "partners": by_role[MemberRole.PARTNER], "associates": by_role[MemberRole.ASSOCIATE]})
    return list(COLUMNS), out
