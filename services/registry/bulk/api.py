"""Bulk import and export over HTTP: a whole spreadsheet of organisations, partnerships or experts at once."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from services.registry.bulk import experts, formats, organisations, partnerships, service
from services.registry.bulk.schemas import (ExpertExportRow, ExpertImportRow, OrganisationExportRow,
                                            OrganisationImportRow, PartnershipExportRow, PartnershipImportRow,
                                            rows_schema)
from services.registry.identity.access import Caller, MaybeCaller
from shared import openapi, problems
from shared.http import PoolDep

router = APIRouter(tags=["bulk"])
Kind = Literal["organisations", "partnerships", "experts"]


def _details(doc: str) -> str:
    """A module's docstring without its summary line: the part that documents columns."""
    return doc.split("\n\n", 1)[1].strip()


IMPORT_DESCRIPTION = f"""
Imports a CSV (`Content-Type: text/csv`) or JSON file (`application/json`: a list of objects).

{_details(formats.__doc__)}

**Rows are numbered from 1**: the first data row is row 1, the CSV header is not counted (problems with the
header or the file as a whole are row 0); CSV errors also give the `line` where the record starts (header =
line 1). Each row is checked as the single-item API checks one (`POST /organisations`, `/partnerships`,
`/experts`) and written with the same events, all valid rows in one transaction. Rows are only created: an `id`
(optional, to keep ids from an export) or organisation `key` already in use is an error.

`dry_run=true` checks and writes nothing. Without `partial`, a file with any error writes nothing;
`partial=true` writes the valid rows and reports the others. **422** (the report as body) when the import
writes (or, in a dry run, would write) nothing because of errors; **201** when rows were written, **200** for a
dry run that would write rows.

**Organisations** (operators only). {_details(organisations.__doc__)}
An organisation's `key` is how later files refer to it.

**Partnerships.** {_details(partnerships.__doc__)}
An organisation is referred to by its `key`, its `id`, or its `name` (case, accents, spacing and punctuation
aside), with its place when organisations of several cities have that name: `Impact Hub (Lviv, UA)` or
`Impact Hub (UA)`.

**Experts.** {_details(experts.__doc__)}
"""

EXPORT_DESCRIPTION = """
The same columns an import reads (export → import into an empty registry gives the same data). Anyone may
export; each value is shown only to whom may see it: organisations' `contact_email` to network members and
operators, `admin_emails` to operators; experts' fields by each expert's visibility, `user_email` and
`visibility` to the expert, their organisations' admins and operators. Members are named by organisation key
(id when it has none). Withdrawn experts are not exported. Cells are exported as they are: a spreadsheet may
treat a cell starting with `=`, `+`, `-` or `@` as a formula.
"""


CSV = {"schema": {"type": "string", "description": "a header line naming the columns, then one line per row"}}
FILE_BODY = {"requestBody": {"required": True, "content": {
    "text/csv": CSV,
    "application/json": {"schema": rows_schema(OrganisationImportRow, PartnershipImportRow, ExpertImportRow)}}}}
ROW_ERROR = {"type": "object", "properties": {
    "row": {"type": "integer", "description": "the data row, from 1; 0 for the file as a whole"},
    "field": {"type": ["string", "null"], "description": "the column; null for the row or file as a whole"},
    "message": {"type": "string"},
    "line": {"type": ["integer", "null"], "description": "CSV only: the line the record starts on"}},
    "required": ["row", "field", "message", "line"]}
REPORT_FIELDS = {
    "kind": {"type": "string", "enum": ["organisations", "partnerships", "experts"]},
    "dry_run": {"type": "boolean"}, "partial": {"type": "boolean"},
    "rows_total": {"type": "integer"}, "rows_valid": {"type": "integer"}, "rows_written": {"type": "integer"},
    "errors": {"type": "array", "items": ROW_ERROR},
    "created": {"type": "array", "items": {"type": "string", "format": "uuid"}}}
REPORT = {"type": "object", "description": "What the import did, row by row", "properties": REPORT_FIELDS,
          "required": list(REPORT_FIELDS)}
# A problem whose `errors` are the report's: each names its row (and line), its column null for a whole row.
REJECTED = {"type": "object", "description": "A problem (RFC 9457) carrying the import's report",
            "properties": {
                "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                "detail": {"type": "string"}, "code": {"type": "string", "enum": ["import_rejected"]},
                **REPORT_FIELDS},
            "required": ["type", "title", "status", "detail", "code", *REPORT_FIELDS]}
IMPORT_ANSWERS = {
    201: {"description": "Rows were written: the report", "content": {"application/json": {"schema": REPORT}}},
    200: {"description": "A dry run that would write rows: the report",
          "content": {"application/json": {"schema": REPORT}}},
    **openapi.problems_for(
        status_409="Another change took an id, key or organisation name of the file meanwhile: import it again",
        status_413="The body is larger than the service accepts, or the file has more than 10,000 rows",
        status_415="The Content-Type is neither text/csv nor application/json"),
    422: {"description": "Nothing written (or, in a dry run, nothing would be) because of the errors reported;"
                         " or a parameter is invalid (then without the report)",
          "content": {problems.MEDIA_TYPE: {"schema": {"anyOf": [REJECTED, {"$ref": openapi.PROBLEM_REF}]}}}}}
EXPORT_ANSWERS = {200: {"description": "The file", "content": {
    "text/csv": CSV,
    "application/json": {"schema": rows_schema(OrganisationExportRow, PartnershipExportRow, ExpertExportRow)}}}}


@router.post("/imports/{kind}", summary="Import a file of organisations, partnerships or experts",
             description=IMPORT_DESCRIPTION, openapi_extra=FILE_BODY, status_code=201, responses=IMPORT_ANSWERS,
             response_class=JSONResponse)
async def import_file(kind: Kind, request: Request, pool: PoolDep, caller: Caller,
                      dry_run: bool = False, partial: bool = False) -> JSONResponse:
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    report = await service.import_rows(pool, caller, kind, await request.body(), media_type,
                                       dry_run=dry_run, partial=partial)
    if report.writes_nothing:  # a problem like every refusal, its `errors` the report's, row and line added
        count = len(report.errors)
        detail = f"the file has {count} error{'' if count == 1 else 's'}: nothing written"
        return JSONResponse(jsonable_encoder(problems.body(422, detail, code="import_rejected") | report.as_dict()),
                            status_code=422, media_type=problems.MEDIA_TYPE)
    return JSONResponse(jsonable_encoder(report.as_dict()), status_code=201 if report.rows_written else 200)


@router.get("/exports/{kind}", summary="Export organisations, partnerships or experts as a file",
            description=EXPORT_DESCRIPTION, response_class=Response, responses=EXPORT_ANSWERS)
async def export_file(kind: Kind, pool: PoolDep, caller: MaybeCaller,
                      file_format: Annotated[Literal["csv", "json"], Query(
                          alias="format", description="CSV (text/csv) or JSON (application/json)")] = "csv",
                      ) -> Response:
    columns, rows = await service.export_rows(pool, caller, kind)
    if file_format == "json":
        return JSONResponse(jsonable_encoder([{c: r[c] for c in columns if r.get(c) is not None} for r in rows]))
    return Response(formats.write_csv(columns, rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{kind}.csv"'})
