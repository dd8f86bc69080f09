"""What an import did, row by row: errors named by data row and column, and what was created. No I/O."""

import re
from dataclasses import asdict, dataclass, field
from uuid import UUID

from pydantic import ValidationError

from shared.errors import DomainError

FILE = 0  # the row number of problems with the file as a whole (its header, its encoding)


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based data row (CSV: the header is not counted; JSON: the position in the list)
    field: str | None
    message: str
    line: int | None = None  # CSV only: the line the record starts on, the header being line 1


class RowProblem(DomainError):
    """One thing wrong with one row, raised while checking it."""

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field, self.problem = field, message


@dataclass
class Report:
    kind: str
    dry_run: bool
    partial: bool
    rows_total: int = 0
    rows_valid: int = 0
    rows_written: int = 0
    errors: list[RowError] = field(default_factory=list)
    created: list[UUID] = field(default_factory=list)

    @property
    def writes_nothing(self) -> bool:
        """A real import with this outcome writes nothing: any error without `partial`, or no valid row."""
        return bool(self.errors) and (not self.partial or self.rows_valid == 0)

    def as_dict(self) -> dict:
        return asdict(self) | {"created": [str(i) for i in self.created]}


def problems_of(error: Exception, renamed: dict[str, str] | None = None) -> list[tuple[str | None, str]]:
    """(field, message) pairs from a failed check, fields named as the file's columns."""
    renamed = renamed or {}
    if isinstance(error, RowProblem):
        return [(error.field, error.problem)]
    if isinstance(error, ValidationError):
        return [(_path(e["loc"], renamed), e["msg"]) for e in error.errors()]
    if isinstance(error, DomainError):
        field_, sep, message = error.message.partition(": ")
        if sep and " " not in field_:
            root, rest = re.match(r"([^.\[]*)(.*)", field_).groups()
            if rest.startswith("."):
                return [(_path((root, rest[1:]), renamed), message)]
            return [(_path((root,), renamed) + rest, message)]
        return [(None, error.message)]
    raise error


def _path(loc: tuple, renamed: dict[str, str]) -> str | None:
    """('organisation_ids', 0) → 'organisations[0]'; a renaming ending in '_' takes the key: 'name_uk'."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif not path:
            path = renamed.get(part, part)
        else:
            path += part if path.endswith("_") else f".{part}"
    return path or None
