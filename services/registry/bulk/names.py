"""The organisations' name rule in a file: no row may take a name that an organisation or an earlier row has.

Names are compared as the unique index compares them (organisation_name_key in SQL): per country and city,
ignoring case, accents, spacing and punctuation.
"""

from collections.abc import Mapping

import asyncpg

from services.registry.bulk import repository
from services.registry.bulk.formats import Row
from services.registry.bulk.report import RowProblem
from services.registry.organisations.domain import Organisation, name_taken

Place = tuple[str, str, str]  # (country, the city's key, the name's key)


class NewNames:
    def __init__(self, key_of: dict[str, str], existing: dict[Place, Mapping]) -> None:
        self._key_of, self._existing, self._rows = key_of, existing, {}

    @classmethod
    async def load(cls, conn: asyncpg.Connection, rows: list[Row]) -> "NewNames":
        texts = [v for r in rows for c in ("name", "city") if isinstance(v := r.values.get(c), str)]
        key_of = await repository.name_keys(conn, texts)
        existing = await repository.organisations_with_names(conn, sorted({key_of[t] for t in texts}))
        return cls(key_of, {(r["country"].strip(), r["city_key"], r["name_key"]): r for r in existing})

    def claim(self, row: Row, organisation: Organisation) -> None:
        place = (organisation.country, self._key_of[row.values["city"]], self._key_of[row.values["name"]])
        if (existing := self._existing.get(place)) is not None:
            raise RowProblem("name", name_taken(existing))
        if (earlier := self._rows.get(place)) is not None:
            number, other = earlier
            raise RowProblem("name", f"row {number} already has this name: {other.name!r} in {other.city},"
                                     f" {other.country} (names are unique per country and city, ignoring case,"
                                     " accents, spacing and punctuation)")
        self._rows[place] = (row.number, organisation)
