"""Experts in bulk: one row each, checked as POST /experts checks one.

Columns: id, name, organisations (';'-separated keys, ids or names), user_email (the expert's own
account), skills (slugs), languages (ISO 639-1), roles, city, country, available_remote (true/false),
availability, bio, email, phone, visibility ('bio=network;email=private'). Operators import any expert; an
organisation's admin imports experts affiliated with organisations they administer only.
"""

from dataclasses import dataclass
from uuid import UUID

import asyncpg

from services.registry.bulk import repository
from services.registry.bulk.checks import NewIds, each_row, operator_or_admin, text, wanted_ids
from services.registry.bulk.cells import items, pairs
from services.registry.bulk.formats import Row
from services.registry.bulk.references import OrganisationReferences, label
from services.registry.bulk.report import RowProblem
from services.registry.experts import repository as experts
from services.registry.experts.api import ExpertCreate
from services.registry.experts.domain import GOVERNED, Audience, Expert
from services.registry.experts.service import audience_of
from shared.auth import Principal
from shared.unit_of_work import UnitOfWork

COLUMNS = ("id", "name", "organisations", "user_email", "skills", "languages", "roles", "city", "country",
           "available_remote", "availability", "bio", "email", "phone", "visibility")
REQUIRED = ("name", "organisations")
LISTS = ("skills", "languages", "roles")


def accepts(column: str) -> bool:
    return column in COLUMNS


def authorise(caller: Principal) -> None:
    operator_or_admin(caller, "importing experts")


@dataclass
class Checked:
    expert: Expert


async def check(conn: asyncpg.Connection, caller: Principal, rows: list[Row]):
    ids = NewIds("expert", await repository.taken(conn, "experts", wanted_ids(rows)))
    references = await OrganisationReferences.load(
        conn, [r for row in rows for r in items(row.values.get("organisations", [])) if isinstance(r, str)])
    users = await repository.users_by_email(conn, [e for r in rows if isinstance(e := r.values.get("user_email"), str)])
    skills = await experts.taxonomy(conn)

    def one(row: Row) -> Checked:
        wanted = ids.claim(row)
        organisation_ids = [references.resolve(r, f"organisations[{i}]") if isinstance(r, str)
                            else r for i, r in enumerate(items(row.values.get("organisations", [])))]
        visibility = pairs(row.values.get("visibility", {}), "visibility")
        if unknown := sorted(set(visibility) - set(GOVERNED)):
            raise RowProblem(f"visibility.{unknown[0]}", f"unknown field; one of {', '.join(GOVERNED)}")
        body = ExpertCreate.model_validate({c: row.values[c] for c in COLUMNS[7:14] if c in row.values} | {
            c: items(row.values.get(c, [])) for c in LISTS} | {
            "name": row.values.get("name"), "organisation_ids": organisation_ids, "visibility": visibility})
        if (email := text(row, "user_email")) is not None and email.lower() not in users:
            raise RowProblem("user_email", f"no user with email {email}")
        expert = Expert.register(**_domain_fields(body), user_id=users.get((email or "").lower()),
                                 **({"id": wanted} if wanted else {}))
        _check_rights_and_skills(expert, caller, skills)
        return Checked(expert)

    return each_row(rows, one, {"organisation_ids": "organisations"})


def _domain_fields(body: ExpertCreate) -> dict:
    """What POST /experts hands the domain: tuples, and only the visibility levels given."""
    fields = body.model_dump(exclude={"user_email", "visibility"})
    return fields | {c: tuple(fields[c]) for c in (*LISTS, "organisation_ids")} | {
        "visibility": body.visibility.model_dump(exclude_none=True)}


def _check_rights_and_skills(expert: Expert, caller: Principal, skills: dict) -> None:
    for i, organisation_id in enumerate(expert.organisation_ids):
        if not caller.is_admin_of(organisation_id):
            raise RowProblem(f"organisations[{i}]",
                             f"affiliating an expert with organisation {organisation_id} needs an admin of it")
    for i, skill in enumerate(expert.skills):
        if skill not in skills:
            raise RowProblem(f"skills[{i}]", f"unknown skill {skill!r}")


async def write(uow: UnitOfWork, checked: list[Checked]) -> list[UUID]:
    for c in checked:
        await experts.save(uow.conn, c.expert)
    uow.collect(*(c.expert for c in checked))
    return [c.expert.id for c in checked]


async def export(conn: asyncpg.Connection, caller: Principal | None) -> tuple[list[str], list[dict]]:
    """Each expert as the caller may see them: a hidden field is a blank cell (absent in JSON)."""
    keys = await repository.organisation_keys(conn)
    out = []
    for record in await repository.expert_rows(conn):
        expert = experts.from_row(record)
        audience = audience_of(caller, expert)
        seen = expert.visible_to(audience)
        out.append({c: seen.get(c) for c in COLUMNS} | {
            "organisations": [label(o, keys) for o in expert.organisation_ids],
            "user_email": record["user_email"] if audience == Audience.PRIVATE else None})
    return list(COLUMNS), out
