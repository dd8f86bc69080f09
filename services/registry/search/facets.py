"""Facet counts in memory: one bitset per facet value, so counting is AND + popcount, not a GROUP BY.

The index mirrors `expert_search` at one `search_generation`; it answers only while the
generation is unchanged (every expert change bumps it), so its counts are exact. A stale
index is rebuilt in the background while SQL answers meanwhile.
"""

import asyncio
import bisect
import logging
from dataclasses import dataclass, field
from uuid import UUID

import asyncpg

from services.registry.search.query import FACETS, ExpertQuery

log = logging.getLogger(__name__)
PREFIXES = ("pub", "net")


def _bitset(positions: list[int], size: int) -> int:
    bits = bytearray((size + 7) // 8)
    for p in positions:
        bits[p >> 3] |= 1 << (p & 7)
    return int.from_bytes(bits, "little")


@dataclass
class FacetIndex:
    generation: int
    ids: list[UUID]  # position → expert id, in id order
    values: dict[str, dict[str, dict[str, int]]]  # prefix → facet → value → bitset
    organisations: dict[UUID, list[int]] = field(default_factory=dict)  # few experts each: positions, not bits
    positions: dict[UUID, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.positions = {expert_id: i for i, expert_id in enumerate(self.ids)}

    @classmethod
    async def load(cls, conn: asyncpg.Connection) -> "FacetIndex":
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            generation = await conn.fetchval("SELECT n FROM search_generation")
            rows = await conn.fetch(
                "SELECT expert_id, organisation_ids, organisation_kinds, " + ", ".join(
                    f"{p}_city, {p}_country, {p}_languages, {p}_skills, {p}_roles" for p in PREFIXES)
                + " FROM expert_search ORDER BY expert_id")
        return await asyncio.to_thread(cls._build, generation, rows)

    @classmethod
    def _build(cls, generation: int, rows: list) -> "FacetIndex":
        positions: dict[tuple, list[int]] = {}
        for i, row in enumerate(rows):
            for organisation_id in row["organisation_ids"]:
                positions.setdefault(("org", organisation_id), []).append(i)
            for prefix in PREFIXES:
                for facet, (column, is_array) in FACETS.items():
                    value = row[column.format(p=prefix)]
                    for v in (value if is_array else [value] if value is not None else []):
                        positions.setdefault((prefix, facet, v), []).append(i)
        values: dict = {p: {f: {} for f in FACETS} for p in PREFIXES}
        organisations = {}
        for key, where in positions.items():
            if key[0] == "org":
                organisations[key[1]] = where
            else:
                values[key[0]][key[1]][key[2]] = _bitset(where, len(rows))
        return cls(generation, [r["expert_id"] for r in rows], values, organisations)

    def mask(self, query: ExpertQuery, prefix: str, matching: int | None) -> int:
        """The experts matching every filter; `matching` is the bitset of the text match, if any."""
        mask = (1 << len(self.ids)) - 1 if matching is None else matching
        for facet, wanted in query.filters.items():
            if wanted:
                by_value = self.values[prefix][facet]
                if facet == "city":
                    lowered = {w.lower() for w in wanted}
                    wanted = [v for v in by_value if v.lower() in lowered]
                either = 0
                for value in wanted:
                    either |= by_value.get(value, 0)
                mask &= either
        if query.organisation_ids:
            mask &= _bitset([p for o in query.organisation_ids for p in self.organisations.get(o, ())], len(self.ids))
        return mask

    def counts(self, mask: int, prefix: str) -> dict:
        counts = {"total": mask.bit_count()}
        for facet, by_value in self.values[prefix].items():
            found = {v: c for v, bits in by_value.items() if (c := (mask & bits).bit_count())}
            counts[facet] = dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
        return counts

    def bitset_of(self, expert_ids: list[UUID]) -> int:
        return _bitset([self.positions[e] for e in expert_ids], len(self.ids))

    def ranked_page(self, ranked: list[tuple[float, UUID]], mask: int, after: tuple[float, UUID] | None,
                    limit: int) -> list[tuple[float, UUID]]:
        """Text matches best first (score, then id), those in `mask`, after the cursor's (score, id)."""
        page = []
        for score, expert_id in ranked:
            if after is not None and (-score, expert_id) <= (-after[0], after[1]):
                continue
            if mask >> self.positions[expert_id] & 1:
                page.append((score, expert_id))
                if len(page) == limit:
                    break
        return page

    def page(self, mask: int, after: UUID | None, limit: int) -> list[UUID]:
        """Up to `limit` ids in id order after `after`, read from the mask's set bits."""
        start = bisect.bisect_right(self.ids, after) if after else 0
        rest, found = mask >> start, []
        while rest and len(found) < limit:
            low = rest & -rest
            found.append(self.ids[start + low.bit_length() - 1])
            rest ^= low
        return found


class FacetIndexHolder:
    """The current index of this process, rebuilt in the background when the data moved on."""

    def __init__(self) -> None:
        self.index: FacetIndex | None = None
        self._rebuilding: asyncio.Task | None = None

    def usable(self, generation: int) -> FacetIndex | None:
        if self.index is not None and self.index.generation == generation:
            return self.index
        return None

    def refresh(self, pool: asyncpg.Pool) -> None:
        if self._rebuilding is None or self._rebuilding.done():
            self._rebuilding = asyncio.create_task(self._rebuild(pool))

    async def _rebuild(self, pool: asyncpg.Pool) -> None:
        try:
            async with pool.acquire() as conn:
                self.index = await FacetIndex.load(conn)
        except (OSError, asyncpg.PostgresError) as error:
            log.warning("facet index rebuild failed", extra={"error": str(error)})
