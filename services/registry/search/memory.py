"""A search answered by the in-memory index: one page and the facet counts, leaving out experts that changed since.

Text ranks as query.py's `_SCORE` does: lexeme weight units / 10, plus the name's
similarity when the name is close; ties go by expert id, as SQL orders them.
"""

from services.registry.search import query as sql
from services.registry.search.facets import FacetIndex
from services.registry.search.query import ExpertQuery
from services.registry.search.text import TextQuery


async def answer(conn, index: FacetIndex, query: ExpertQuery, text: TextQuery | None, prefix: str,
                 left_out: int) -> tuple[list[dict], dict]:
    """Up to `limit + 1` rows after the cursor, and the counts; `left_out`: a bitset of experts not to answer for."""
    after = sql.decode_cursor(query.cursor) if query.cursor else None
    if text is None:
        mask = index.mask(query, prefix, None) & ~left_out
        rows = [{"expert_id": i, "score": 0.0} for i in index.page(mask, after and after[1], query.limit + 1)]
        return rows, index.counts(query, prefix, None, left_out)
    similar: dict[float, int] = {}
    statement, params = sql.names_sql(query.q)
    for row in await conn.fetch(statement, *params):
        if bits := index.name_bits([row["name_key"]]):
            similar[row["similarity"]] = similar.get(row["similarity"], 0) | bits
    matched = index.text[prefix].match(text.tree, index.everyone()) if text.tree else 0
    for bits in similar.values():
        matched |= bits
    mask = index.mask(query, prefix, matched) & ~left_out
    ranked = index.ranked_page(_by_score(index, text, prefix, mask, similar), after, query.limit + 1)
    return [{"expert_id": i, "score": s} for s, i in ranked], index.counts(query, prefix, matched, left_out)


def _by_score(index: FacetIndex, text: TextQuery, prefix: str, mask: int,
              similar: dict[float, int]) -> list[tuple[float, int]]:
    """The experts of `mask` grouped by score, best first."""
    groups: dict[float, int] = {}
    for units, members in index.text[prefix].score_groups(text, mask).items():
        for similarity, named in similar.items():
            if hit := members & named:
                groups[units / 10 + similarity] = groups.get(units / 10 + similarity, 0) | hit
                members ^= hit
        if members:
            groups[units / 10 + 0.0] = groups.get(units / 10 + 0.0, 0) | members
    return sorted(groups.items(), key=lambda group: -group[0])
