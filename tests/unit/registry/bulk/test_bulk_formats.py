"""Reading and writing bulk files, and how problems are named in the report."""

import pytest
from pydantic import BaseModel, Field, ValidationError

from services.registry.bulk import cells, formats
from services.registry.bulk.report import FILE, Report, RowError, RowProblem, problems_of
from shared.errors import DomainError

COLUMNS = {"name", "kind", "sectors"}


def read(text: str) -> formats.Parsed:
    return formats.read_csv(text, COLUMNS.__contains__, ["name"])


def test_rows_are_numbered_from_the_first_data_row_with_the_line_they_start_on():
    parsed = read('\ufeffName, KIND ,sectors\nA,university,\n\n"B\nsecond line",ngo,a;b\n')
    assert [(r.number, r.line, r.values) for r in parsed.rows] == [
        (1, 2, {"name": "A", "kind": "university"}),
        (2, 4, {"name": "B\nsecond line", "kind": "ngo", "sectors": "a;b"}),
    ]
    assert parsed.errors == [] and parsed.total == 2


def test_a_nul_in_a_cell_is_an_error_of_its_row_and_column_and_reading_goes_on():
    parsed = read("name,kind\nA\x00,ngo\nB,ngo\n")
    assert parsed.errors == [RowError(1, "name", "must not contain NUL characters", 2)]
    assert [r.values["name"] for r in parsed.rows] == ["B"]


def test_wrong_column_counts_and_bad_quoting_are_row_errors_and_reading_goes_on():
    parsed = read('name,kind,sectors\nA,ngo\n"B"x,ngo,\nC,ngo,\n')
    assert parsed.errors == [
        RowError(1, None, "expected 3 columns as in the header, got 2", 2),
        RowError(2, None, "malformed CSV: ',' expected after '\"'", 3),
    ]
    assert [(r.number, r.values["name"]) for r in parsed.rows] == [(3, "C")]
    assert parsed.total == 3


def test_an_unterminated_quote_is_reported_on_the_row_it_opens():
    parsed = read('name,kind,sectors\nA,ngo,\n"B,ngo,\nC,ngo,\n')
    assert parsed.errors == [RowError(2, None, "malformed CSV: unexpected end of data", 3)]


@pytest.mark.parametrize(("header", "expected"), [
    ("name,colour", [RowError(FILE, "colour", "unknown column", 1)]),
    ("name,name", [RowError(FILE, "name", "column appears twice", 1)]),
    ("kind", [RowError(FILE, "name", "required column is missing", 1)]),
    ("", [RowError(FILE, "name", "required column is missing", 1)]),
])
def test_header_problems_are_row_zero(header, expected):
    assert read(header + "\nx\n").errors == expected


def test_json_rows_must_be_objects_with_known_keys():
    parsed = formats.read_json(b'[{"name": "A", "kind": null}, 3, {"name": "B", "colour": "red"}]',
                               COLUMNS.__contains__)
    assert [(r.number, r.values) for r in parsed.rows] == [(1, {"name": "A"})]
    assert parsed.errors == [RowError(2, None, "expected a JSON object"), RowError(3, "colour", "unknown column")]
    assert formats.read_json(b'{"name": 1}', COLUMNS.__contains__).errors == [
        RowError(FILE, None, "expected a JSON array of objects, one per row")]
    assert formats.read_json(b"[", COLUMNS.__contains__).errors[0].message.startswith("malformed JSON")


def test_cells_round_trip_through_csv():
    row = {"name": 'Quote " and, comma', "sectors": ["a", "b"], "remote": False, "visibility": {"bio": "network"},
           "empty": None}
    text = formats.write_csv(list(row), [row])
    parsed = formats.read_csv(text, lambda c: True, [])
    values = parsed.rows[0].values
    assert values["name"] == row["name"] and "empty" not in values
    assert cells.items(values["sectors"]) == ["a", "b"] and values["remote"] == "false"
    assert cells.pairs(values["visibility"], "visibility") == {"bio": "network"}
    with pytest.raises(RowProblem, match="'bio' is not key=value"):
        cells.pairs("bio", "visibility")


class Model(BaseModel):
    organisation_ids: list[int] = Field(min_length=1)
    names: dict[str, str] = {}


def test_problems_are_named_by_the_files_columns():
    renamed = {"organisation_ids": "organisations", "names": "name_"}
    with pytest.raises(ValidationError) as invalid:
        Model.model_validate({"organisation_ids": ["x"], "names": {"uk": 1}})
    assert [f for f, _ in problems_of(invalid.value, renamed)] == ["organisations[0]", "name_uk"]
    assert problems_of(DomainError("skills[1]: unknown skill 'x'"), renamed) == [("skills[1]", "unknown skill 'x'")]
    assert problems_of(DomainError("names.xx: not a language"), renamed) == [("name_xx", "not a language")]
    assert problems_of(DomainError("a rule with spaces: broken"), renamed) == [(None, "a rule with spaces: broken")]
    with pytest.raises(KeyError):
        problems_of(KeyError("a bug is not a row problem"))


@pytest.mark.parametrize(("partial", "valid", "errors", "writes_nothing"), [
    (False, 3, 0, False), (False, 3, 1, True), (True, 3, 1, False), (True, 0, 1, True),
])
def test_an_import_writes_nothing_on_any_error_unless_partial(partial, valid, errors, writes_nothing):
    report = Report("experts", dry_run=False, partial=partial, rows_valid=valid,
                    errors=[RowError(1, None, "bad")] * errors)
    assert report.writes_nothing is writes_nothing


def test_json_cells_of_the_wrong_shape_are_row_problems_not_crashes():
    assert cells.items(["a", "b"]) == ["a", "b"] and cells.items(5) == [5]
    with pytest.raises(RowProblem, match="visibility: must be an object of key: value"):
        cells.pairs([{"bio": "public"}], "visibility")
