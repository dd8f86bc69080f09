"""How a file names an organisation: by id, by key, or by its exact name when no other organisation has it."""

from collections import defaultdict
from collections.abc import Iterable
from uuid import UUID

import asyncpg

from services.registry.bulk import repository
from services.registry.bulk.report import RowProblem


def _uuid(text: str) -> UUID | None:
    try:
        return UUID(text)
    except ValueError:
        return None


class OrganisationReferences:
    def __init__(self, records: Iterable) -> None:
        self._ids: set[UUID] = set()
        self._keys: dict[str, UUID] = {}
        self._names: dict[str, list[UUID]] = defaultdict(list)
        for r in records:
            self._ids.add(r["id"])
            if r["key"]:
                self._keys[r["key"]] = r["id"]
            self._names[r["name"]].append(r["id"])

    @classmethod
    async def load(cls, conn: asyncpg.Connection, references: Iterable[str]) -> "OrganisationReferences":
        texts = sorted(set(references))
        ids = [i for i in map(_uuid, texts) if i is not None]
        return cls(await repository.organisations_named(conn, ids, texts))

    def resolve(self, reference: str, field: str) -> UUID:
        if (as_id := _uuid(reference)) is not None:
            if as_id in self._ids:
                return as_id
            raise RowProblem(field, f"unknown organisation {reference}")
        if reference in self._keys:
            return self._keys[reference]
        named = self._names.get(reference, [])
        if len(named) == 1:
            return named[0]
        if named:
            raise RowProblem(field, f"{len(named)} organisations are named {reference!r}: use the key or id of one")
        raise RowProblem(field, f"unknown organisation {reference!r}: no organisation has this id, key or name")


def label(organisation_id: UUID, keys: dict[UUID, str]) -> str:
    """How an export names an organisation: its key if it has one, else its id."""
    return keys.get(organisation_id) or str(organisation_id)
