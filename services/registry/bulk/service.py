"""Bulk use cases: an import checks every row, then writes the valid ones in one transaction with their events."""

from types import ModuleType

import asyncpg

from services.registry.bulk import experts, formats, organisations, partnerships
from services.registry.bulk.report import FILE, Report, RowError
from shared.auth import Principal
from shared.errors import Conflict, DomainError
from shared.unit_of_work import UnitOfWork

KINDS: dict[str, ModuleType] = {"organisations": organisations, "partnerships": partnerships, "experts": experts}
MAX_ROWS = 10_000


def parse(kind: ModuleType, body: bytes, media_type: str) -> formats.Parsed:
    if media_type == "application/json":
        return formats.read_json(body, kind.accepts)
    if media_type == "text/csv":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            return formats.Parsed(errors=[RowError(FILE, None, f"CSV is not UTF-8: byte {error.start} cannot be read")])
        return formats.read_csv(text, kind.accepts, kind.REQUIRED)
    raise DomainError(f"Content-Type: {media_type or 'none'}; send text/csv or application/json", status=415)


async def import_rows(pool: asyncpg.Pool, caller: Principal, kind_name: str, body: bytes, media_type: str, *,
                      dry_run: bool, partial: bool) -> Report:
    kind = KINDS[kind_name]
    kind.authorise(caller)
    parsed = parse(kind, body, media_type)
    report = Report(kind_name, dry_run, partial, rows_total=parsed.total, errors=parsed.errors)
    if report.rows_total > MAX_ROWS:
        raise DomainError(f"{report.rows_total} rows: at most {MAX_ROWS} in one import", status=413)
    if not parsed.rows and not parsed.errors:
        report.errors.append(RowError(FILE, None, "no data rows"))
    if any(e.row == FILE for e in report.errors):
        return report
    async with UnitOfWork(pool) as uow:
        checked, errors = await kind.check(uow.conn, caller, parsed.rows)
        report.rows_valid = len(checked)
        report.errors = sorted(report.errors + errors, key=lambda e: e.row)
        if dry_run or report.writes_nothing:
            return report
        try:
            report.created = await kind.write(uow, checked)
        except asyncpg.UniqueViolationError:
            raise Conflict("another change took an id, key or organisation name of this file meanwhile;"
                           " import it again") from None
        report.rows_written = len(report.created)
    return report


async def export_rows(pool: asyncpg.Pool, caller: Principal | None, kind_name: str) -> tuple[list[str], list[dict]]:
    async with pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
        return await KINDS[kind_name].export(conn, caller)
