"""One cell of a bulk file: lists and maps as CSV text, and back. No I/O."""

from services.registry.bulk.report import RowProblem

SEPARATOR = ";"


def items(cell) -> list:
    """A list cell: a JSON array as it is, a CSV text split on ';'."""
    if isinstance(cell, str):
        return [i.strip() for i in cell.split(SEPARATOR) if i.strip()]
    return cell if isinstance(cell, list) else [cell]  # a lone JSON value: its type is checked with the row


def pairs(cell, column: str) -> dict:
    """A map cell: a JSON object as it is, a CSV text 'key=value;key=value'."""
    if isinstance(cell, dict):
        return cell
    if not isinstance(cell, str):
        raise RowProblem(column, "must be an object of key: value")
    found = {}
    for item in items(cell):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise RowProblem(column, f"{item!r} is not key=value")
        found[key.strip()] = value.strip()
    return found


def cell(value) -> str:
    """A value as a CSV cell, the way `items` and `pairs` read it back."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return SEPARATOR.join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return SEPARATOR.join(str(v) for v in value)
    return str(value)
