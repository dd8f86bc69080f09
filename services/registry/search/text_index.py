"""Full text in memory: for each audience, lexeme → the experts having it, split by the best weight it has there.

Matching evaluates the tsquery tree with bitset AND/OR/NOT; ranking groups the matches by
score (the sum of each query lexeme's best weight) without scoring experts one by one.
Slots are positions in `expert_search` ordered by expert id, as in the facet index.
"""

from array import array

from services.registry.search.text import Node, TextQuery

Posting = int | array  # a bitset when many experts share a lexeme, else their slots
BEST_UNITS = ("CASE WHEN 'A' = ANY(u.weights) THEN 10 WHEN 'B' = ANY(u.weights) THEN 4"
              " WHEN 'C' = ANY(u.weights) THEN 2 ELSE 1 END")


def bitset(slots, size: int) -> int:
    bits = bytearray((size + 7) // 8)
    for p in slots:
        bits[p >> 3] |= 1 << (p & 7)
    return int.from_bytes(bits, "little")


def posting(slots: list[int], size: int, dense_from: float = 1 / 32) -> Posting:
    """A bitset from `dense_from` of all experts on (each costs size / 8 bytes, but no work to combine)."""
    return array("i", slots) if len(slots) < size * dense_from else bitset(slots, size)


def as_bits(found: Posting, size: int) -> int:
    return found if isinstance(found, int) else bitset(found, size)


def load_sql(prefix: str) -> str:
    """Each (lexeme, best weight) with the slots of the experts whose document has it so."""
    return (f"WITH slots AS (SELECT (row_number() OVER (ORDER BY expert_id) - 1)::int AS slot, {prefix}_document AS d"
            f" FROM expert_search)"
            f" SELECT u.lexeme, {BEST_UNITS} AS units, array_agg(slot ORDER BY slot) AS slots"
            f" FROM slots, unnest(d) u GROUP BY 1, 2")


class TextIndex:
    def __init__(self, size: int, rows: list) -> None:
        self.size = size
        self.lexemes: dict[str, dict[int, Posting]] = {}  # lexeme → units → experts
        for row in rows:
            self.lexemes.setdefault(row["lexeme"], {})[row["units"]] = posting(row["slots"], size)

    def bits(self, lexeme: str) -> int:
        either = 0
        for found in self.lexemes.get(lexeme, {}).values():
            either |= as_bits(found, self.size)
        return either

    def match(self, node: Node, everyone: int) -> int:
        kind = node[0]
        if kind == "lex":
            return self.bits(node[1])
        if kind == "not":
            return everyone & ~self.match(node[1], everyone)
        parts = [self.match(p, everyone) for p in node[1]]
        combined = parts[0]
        for part in parts[1:]:
            combined = combined & part if kind == "and" else combined | part
        return combined

    def score_groups(self, query: TextQuery, mask: int) -> dict[int, int]:
        """The experts of `mask` by score units: the sum of each query lexeme's best weight in their document."""
        groups = {0: mask}
        for lexeme in query.lexemes:
            levels = [(units, as_bits(found, self.size)) for units, found in self.lexemes.get(lexeme, {}).items()]
            if not levels:
                continue
            regrouped: dict[int, int] = {}
            for score, members in groups.items():
                for units, having in levels:
                    if hit := members & having:
                        regrouped[score + units] = regrouped.get(score + units, 0) | hit
                        members ^= hit
                if members:
                    regrouped[score] = regrouped.get(score, 0) | members
            groups = regrouped
        return groups
