"""Checks every kind of row shares: the optional `id` column, plain text cells, errors per row. No I/O."""

import re
from collections.abc import Callable, Iterable
from uuid import UUID

from services.registry.bulk.formats import Row
from services.registry.bulk.report import RowError, RowProblem, problems_of
from shared.auth import Principal, Role
from shared.errors import Forbidden

KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def operator_or_admin(caller: Principal, action: str) -> None:
    """Operators import anything; an organisation's admin only rows their organisations may write (checked per row)."""
    if not caller.operator and Role.ADMIN not in caller.organisations.values():
        raise Forbidden(f"{action} is for platform operators and organisation admins")


def text(row: Row, column: str) -> str | None:
    value = row.values.get(column)
    if value is None or isinstance(value, str):
        return value
    raise RowProblem(column, "must be text")


def wanted_ids(rows: Iterable[Row]) -> list[UUID]:
    """The ids rows ask for, to find which are taken before checking each row."""
    found = []
    for row in rows:
        try:
            found.append(UUID(str(row.values["id"])))
        except (KeyError, ValueError):
            pass
    return found


class NewIds:
    """The `id` column: blank for a new id, else a UUID no existing record and no earlier row has."""

    def __init__(self, what: str, taken: set[UUID]) -> None:
        self._what, self._taken, self._rows = what, taken, {}

    def claim(self, row: Row) -> UUID | None:
        if (value := text(row, "id")) is None:
            return None
        try:
            wanted = UUID(value)
        except ValueError:
            raise RowProblem("id", f"{value!r} is not a UUID; leave it blank for a new id") from None
        if wanted in self._taken:
            raise RowProblem("id", f"{self._what} {wanted} already exists")
        if wanted in self._rows:
            raise RowProblem("id", f"{wanted} is also the id on row {self._rows[wanted]}")
        self._rows[wanted] = row.number
        return wanted


class NewKeys:
    """The organisations' `key` column: optional, and no two organisations share one."""

    def __init__(self, taken: set[str]) -> None:
        self._taken, self._rows = taken, {}

    def claim(self, row: Row) -> str | None:
        if (key := text(row, "key")) is None:
            return None
        if not KEY.match(key):
            raise RowProblem("key", f"{key!r}: letters, digits, '.', '_' or '-', at most 100")
        if key in self._taken or key in self._rows:
            where = f"row {self._rows[key]}" if key in self._rows else "an existing organisation"
            raise RowProblem("key", f"{key!r} is already the key of {where}")
        self._rows[key] = row.number
        return key


def each_row(rows: Iterable[Row], check: Callable[[Row], object], renamed: dict[str, str] | None = None
             ) -> tuple[list, list[RowError]]:
    """`check` every row: what passed, and a RowError for each problem of the rows that did not."""
    passed, errors = [], []
    for row in rows:
        try:
            passed.append(check(row))
        except Exception as error:  # noqa: BLE001 - problems_of re-raises what is not a rule broken
            errors += [RowError(row.number, f, m, row.line) for f, m in problems_of(error, renamed)]
    return passed, errors
