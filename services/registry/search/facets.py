"""Facet counts in memory: one bitset per facet value, so counting is AND + popcount, not a GROUP BY.

The index mirrors `expert_search` at one `search_generation` (every expert change bumps it);
it answers for the experts unchanged since, SQL for the others (overlay.py), so its counts
stay exact. holder.py rebuilds it in the background.
"""

import asyncio
import bisect
import time
from dataclasses import dataclass, field
from uuid import UUID

import asyncpg

from services.registry.search.query import FACETS, ExpertQuery
from services.registry.search.text_index import Posting, TextIndex, as_bits, bitset, load_sql, posting

PREFIXES = ("pub", "net")


@dataclass
class FacetIndex:
    generation: int
    ids: list[UUID]  # position → expert id, in id order
    values: dict[str, dict[str, dict[str, int]]]  # prefix → facet → value → bitset
    organisations: dict[UUID, list[int]] = field(default_factory=dict)  # few experts each: positions, not bits
    text: dict[str, TextIndex] = field(default_factory=dict)  # prefix → lexemes
    names: dict[str, Posting] = field(default_factory=dict)  # name_key → experts of that name
    positions: dict[UUID, int] = field(default_factory=dict)
    built_at: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.positions = {expert_id: i for i, expert_id in enumerate(self.ids)}

    @classmethod
    async def load(cls, conn: asyncpg.Connection) -> "FacetIndex":
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            generation = await conn.fetchval("SELECT n FROM search_generation")
            rows = await conn.fetch(
                "SELECT expert_id, name_key, organisation_ids, organisation_kinds, " + ", ".join(
                    f"{p}_city, {p}_country, {p}_languages, {p}_skills, {p}_roles" for p in PREFIXES)
                + " FROM expert_search ORDER BY expert_id")
            lexemes = {p: await conn.fetch(load_sql(p)) for p in PREFIXES}
        return await asyncio.to_thread(cls._build, generation, rows, lexemes)

    @classmethod
    def _build(cls, generation: int, rows: list, lexemes: dict[str, list]) -> "FacetIndex":
        positions: dict[tuple, list[int]] = {}
        for i, row in enumerate(rows):
            positions.setdefault(("name", row["name_key"]), []).append(i)
            for organisation_id in row["organisation_ids"]:
                positions.setdefault(("org", organisation_id), []).append(i)
            for prefix in PREFIXES:
                for facet, (column, is_array) in FACETS.items():
                    value = row[column.format(p=prefix)]
                    for v in (value if is_array else [value] if value is not None else []):
                        positions.setdefault((prefix, facet, v), []).append(i)
        values: dict = {p: {f: {} for f in FACETS} for p in PREFIXES}
        organisations, names = {}, {}
        for key, where in positions.items():
            if key[0] == "org":
                organisations[key[1]] = where
            elif key[0] == "name":
                names[key[1]] = posting(where, len(rows), dense_from=1 / 1024)  # a typo finds many names
            else:
                values[key[0]][key[1]][key[2]] = bitset(where, len(rows))
        text = {p: TextIndex(len(rows), found) for p, found in lexemes.items()}
        return cls(generation, [r["expert_id"] for r in rows], values, organisations, text, names)

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
            mask &= bitset([p for o in query.organisation_ids for p in self.organisations.get(o, ())], len(self.ids))
        return mask

    def counts(self, query: ExpertQuery, prefix: str, matching: int | None, left_out: int) -> dict:
        """The total over every filter; each facet over every filter but its own, as query.facets_sql counts."""
        mask = self.mask(query, prefix, matching) & ~left_out
        counts = {"total": mask.bit_count()}
        for facet, by_value in self.values[prefix].items():
            over = mask if not query.filters.get(facet) else self.mask(query.without(facet), prefix, matching) & ~left_out
            found = {v: c for v, bits in by_value.items() if (c := (over & bits).bit_count())}
            counts[facet] = dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
        return counts

    def bitset_of(self, expert_ids) -> int:
        return bitset([self.positions[e] for e in expert_ids if e in self.positions], len(self.ids))

    def everyone(self) -> int:
        return (1 << len(self.ids)) - 1

    def name_bits(self, name_keys) -> int:
        either = 0
        for key in name_keys:
            if (found := self.names.get(key)) is not None:
                either |= as_bits(found, len(self.ids))
        return either

    def ranked_page(self, groups: list[tuple[float, int]], after: tuple[float, UUID] | None,
                    limit: int) -> list[tuple[float, UUID]]:
        """Matches best first (score, then id) after the cursor's (score, id).

        `groups`: (score, bitset of the experts with that score), best first.
        """
        page: list[tuple[float, UUID]] = []
        for score, members in groups:
            if after is not None and score > after[0]:
                continue
            after_id = after[1] if after is not None and score == after[0] else None
            page += [(score, i) for i in self.page(members, after_id, limit - len(page))]
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
