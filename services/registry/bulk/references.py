"""How a file names an organisation: by id, by key, or by name — alone when no other organisation has it,
else with its city and country, 'Impact Hub (Lviv, UA)' (or just the country, 'Impact Hub (UA)').

Names compare as the name rule compares them (case, accents, spacing and punctuation aside).
"""

import re
from collections import defaultdict
from collections.abc import Iterable
from uuid import UUID

import asyncpg

from services.registry.bulk import repository
from services.registry.bulk.report import RowProblem

_PLACED = re.compile(r"^(?P<name>.*\S)\s*\(\s*(?:(?P<city>[^()]*\S)\s*,\s*)?(?P<country>[A-Za-z]{2})\s*\)\s*$")


def _uuid(text: str) -> UUID | None:
    try:
        return UUID(text)
    except ValueError:
        return None


def _placed(text: str) -> tuple[str, str | None, str] | None:
    """'Impact Hub (Lviv, UA)' → ('Impact Hub', 'Lviv', 'UA'); None when the text names no place."""
    match = _PLACED.match(text)
    return (match["name"], match["city"], match["country"].upper()) if match else None


def _as_named(organisation) -> str:
    return f"{organisation['name']} ({organisation['city']}, {organisation['country'].strip()})"


class OrganisationReferences:
    def __init__(self, records: Iterable, key_of: dict[str, str]) -> None:
        self._ids: set[UUID] = set()
        self._keys: dict[str, UUID] = {}
        self._names: dict[str, dict[UUID, asyncpg.Record]] = defaultdict(dict)
        self._key_of = key_of
        for r in records:
            self._ids.add(r["id"])
            if r["key"]:
                self._keys[r["key"]] = r["id"]
            if r["duplicate_of"] is None:  # a later copy of an older organisation: only the older one counts
                self._names[r["name_key"]][r["id"]] = r

    @classmethod
    async def load(cls, conn: asyncpg.Connection, references: Iterable[str]) -> "OrganisationReferences":
        texts = sorted(set(references))
        placed = [p for p in map(_placed, texts) if p is not None]
        key_of = await repository.name_keys(conn, [*texts, *(t for p in placed for t in p[:2] if t is not None)])
        ids = [i for i in map(_uuid, texts) if i is not None]
        names = sorted({key_of[t] for t in texts} | {key_of[p[0]] for p in placed})
        return cls(await repository.organisations_named(conn, ids, texts, names), key_of)

    def resolve(self, reference: str, field: str) -> UUID:
        if (as_id := _uuid(reference)) is not None:
            if as_id in self._ids:
                return as_id
            raise RowProblem(field, f"unknown organisation {reference}")
        if reference in self._keys:
            return self._keys[reference]
        named = list(self._names.get(self._key_of[reference], {}).values())
        if len(named) != 1 and (place := _placed(reference)) is not None:
            name, city, country = place
            named = [o for o in self._names.get(self._key_of[name], {}).values() if o["country"].strip() == country
                     and (city is None or o["city_key"] == self._key_of[city])]
        if len(named) == 1:
            return named[0]["id"]
        if named:
            choices = "; ".join(f"{_as_named(o)!r} is {o['id']}" for o in named)
            raise RowProblem(field, f"{len(named)} organisations are named {reference!r}: {choices}; name one with"
                                    " its city and country like that, or by its key or id")
        raise RowProblem(field, f"unknown organisation {reference!r}: no organisation has this id, key or name")


def label(organisation_id: UUID, keys: dict[UUID, str]) -> str:
    """How an export names an organisation: its key if it has one, else its id."""
    return keys.get(organisation_id) or str(organisation_id)
