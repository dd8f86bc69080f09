"""CSV and JSON in and out. No I/O.

CSV: UTF-8 (a BOM is fine), comma-separated, one header line naming the columns (any order, case-insensitive),
RFC 4180 quoting. List cells separate items with ';', maps are 'key=value;key=value'. Blank cells are absent
values; blank lines are skipped. Data rows are numbered from 1, the header not counted.
JSON: a list of objects with the same keys; lists and maps as JSON arrays and objects.
"""

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from services.registry.bulk.cells import cell
from services.registry.bulk.report import FILE, RowError
from shared.text_input import MESSAGE as NUL_MESSAGE, NUL

@dataclass
class Row:
    number: int
    values: dict  # column → text (CSV) or any JSON value
    line: int | None = None


@dataclass
class Parsed:
    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.rows) + len({e.row for e in self.errors if e.row != FILE})


def read_csv(text: str, accepts: Callable[[str], bool], required: Iterable[str]) -> Parsed:
    parsed = Parsed()
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    header = _header(reader, accepts, required, parsed)
    if header is None:
        return parsed
    number, line = 0, reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return parsed
        except csv.Error as error:
            number += 1
            parsed.errors.append(RowError(number, None, f"malformed CSV: {error}", line))
        else:
            if any(c.strip() for c in cells):
                number += 1
                if len(cells) != len(header):
                    parsed.errors.append(RowError(number, None, f"expected {len(header)} columns as in the header,"
                                                                f" got {len(cells)}", line))
                elif nul := next((c for c, v in zip(header, cells) if NUL in v), None):
                    parsed.errors.append(RowError(number, nul, NUL_MESSAGE, line))  # PostgreSQL refuses NUL
                else:
                    values = {c: v.strip() for c, v in zip(header, cells) if v.strip()}
                    parsed.rows.append(Row(number, values, line))
        line = reader.line_num + 1


def _header(reader, accepts, required, parsed: Parsed) -> list[str] | None:
    try:
        header = [c.strip().lower() for c in next(reader)]
    except StopIteration:
        header = []
    except csv.Error as error:
        parsed.errors.append(RowError(FILE, None, f"malformed CSV header: {error}", 1))
        return None
    problems = [(c, "unknown column") for c in header if not accepts(c)]
    problems += [(c, "column appears twice") for c in sorted({c for c in header if header.count(c) > 1})]
    problems += [(c, "required column is missing") for c in required if c not in header]
    parsed.errors += [RowError(FILE, column or None, message, 1) for column, message in problems]
    return None if problems else header


def read_json(body: bytes, accepts: Callable[[str], bool]) -> Parsed:
    try:
        items = json.loads(body)
    except ValueError as error:
        return Parsed(errors=[RowError(FILE, None, f"malformed JSON: {error}")])
    if not isinstance(items, list):
        return Parsed(errors=[RowError(FILE, None, "expected a JSON array of objects, one per row")])
    parsed = Parsed()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            parsed.errors.append(RowError(number, None, "expected a JSON object"))
        elif unknown := sorted(k for k in item if not accepts(k)):
            parsed.errors += [RowError(number, k, "unknown column") for k in unknown]
        else:
            parsed.rows.append(Row(number, {k: v for k, v in item.items() if v is not None}))
    return parsed


def write_csv(columns: list[str], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([cell(row.get(c)) for c in columns] for row in rows)
    return out.getvalue()
