"""Experts search as SQL: filters combine with AND across facets and OR within one. No I/O.

Each audience searches its own columns of `expert_search` (`pub_*` or `net_*`), which
hold only what that audience may see, so a hidden field can neither match nor be counted.
Text matches the full-text document (names, skills in every language, bio) or, with a
typo, the name by trigram word similarity. The score is the one the in-memory index
computes (text_index.py), so either answers the same pages in the same order.
"""

import base64
from dataclasses import dataclass, field, replace
from uuid import UUID

from services.registry.search import fold, words
from services.registry.search.text_index import BEST_UNITS
from shared.errors import DomainError

WORD_SIMILARITY = 0.45  # pg_trgm's 0.6 misses a swapped pair of letters in a surname
FACETS = {  # facet → (column, is an array)
    "skill": ("{p}_skills", True), "city": ("{p}_city", False), "country": ("{p}_country", False),
    "language": ("{p}_languages", True), "role": ("{p}_roles", True), "organisation_kind": ("organisation_kinds", True),
}
# The sum of each query lexeme's best weight (text_index.BEST_UNITS), plus the name's similarity when it is close.
_SCORE = ("((SELECT coalesce(sum(" + BEST_UNITS + "), 0) FROM unnest({p}_document) u WHERE u.lexeme = ANY({lexemes}))"
          "::float8 / 10 + CASE WHEN {key} <% name_key THEN word_similarity({key}, name_key) ELSE 0 END)::float8")


@dataclass(frozen=True)
class ExpertQuery:
    q: str | None = None
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet → accepted values
    organisation_ids: tuple[UUID, ...] = ()
    limit: int = 20
    cursor: str | None = None
    only: tuple[UUID, ...] | None = None  # just these experts: those changed since the in-memory index was built

    def without(self, facet: str) -> "ExpertQuery":
        """The same search with one facet's filter dropped: what that facet's counts are counted over."""
        return replace(self, filters={**self.filters, facet: ()})


class _Params(list):
    def __call__(self, value) -> str:
        self.append(value)
        return f"${len(self)}"


def conditions(query: ExpertQuery, prefix: str, params: _Params) -> list[str]:
    where = []
    if query.q:
        q, key = params(words(query.q)), params(fold(query.q))
        where.append(f"({prefix}_document @@ websearch_to_tsquery('simple', {q}) OR {key} <% name_key)")
    for facet, values in query.filters.items():
        if not values:
            continue
        column, is_array = FACETS[facet]
        column = column.format(p=prefix)
        if facet in ("city",):
            where.append(f"lower({column}) = ANY({params([v.lower() for v in values])}::text[])")
        else:
            where.append(f"{column} {'&&' if is_array else '= ANY('}{params(list(values))}::text[]{'' if is_array else ')'}")
    if query.organisation_ids:
        where.append(f"organisation_ids && {params(list(query.organisation_ids))}::uuid[]")
    if query.only is not None:
        where.append(f"expert_id = ANY({params(list(query.only))}::uuid[])")
    return where


def page_sql(query: ExpertQuery, prefix: str, lexemes: tuple[str, ...] = ()) -> tuple[str, list]:
    """`lexemes`: those of the query's tsquery that rank (text.parse)."""
    params = _Params()
    where = conditions(query, prefix, params)
    if query.q:
        score = _SCORE.format(p=prefix, lexemes=params(list(lexemes)) + "::text[]", key=params(fold(query.q)))
        order = "score DESC, expert_id"
        if query.cursor:
            last_score, last_id = decode_cursor(query.cursor)
            s, i = params(last_score), params(last_id)
            where.append(f"({score} < {s} OR ({score} = {s} AND expert_id > {i}))")
    else:
        score, order = "0::float8", "expert_id"
        if query.cursor:
            where.append(f"expert_id > {params(decode_cursor(query.cursor)[1])}")
    sql = (f"SELECT expert_id, {score} AS score FROM expert_search"
           f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT {params(query.limit + 1)}")
    return sql, list(params)


def facets_sql(query: ExpertQuery, prefix: str) -> tuple[str, list]:
    """The total over every filter; each facet over every filter but its own (ExpertQuery.without)."""
    params = _Params()
    columns = {facet: column.format(p=prefix) for facet, (column, _) in FACETS.items()}
    selected = ", ".join(dict.fromkeys(columns.values()))
    hits = {"hits": conditions(query, prefix, params)}
    for facet in FACETS:
        if query.filters.get(facet):
            hits[f"hits_{facet}"] = conditions(query.without(facet), prefix, params)
    parts = ["SELECT 'total' AS facet, NULL AS value, count(*) AS count FROM hits"]
    for facet, (_, is_array) in FACETS.items():
        column, source = columns[facet], f"hits_{facet}" if f"hits_{facet}" in hits else "hits"
        rows = f"{source}, unnest({source}.{column}) AS v" if is_array else source
        value = "v" if is_array else column
        parts.append(f"SELECT '{facet}', {value}, count(*) FROM {rows}"
                     f"{'' if is_array else f' WHERE {column} IS NOT NULL'} GROUP BY {value}")
    ctes = ", ".join(f"{name} AS MATERIALIZED (SELECT {selected} FROM expert_search"
                     f"{' WHERE ' + ' AND '.join(where) if where else ''})" for name, where in hits.items())
    return f"WITH {ctes} {' UNION ALL '.join(parts)}", list(params)


def encode_cursor(score: float, expert_id: UUID) -> str:
    return base64.urlsafe_b64encode(f"{score!r}|{expert_id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[float, UUID]:
    try:
        score, expert_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return float(score), UUID(expert_id)
    except (ValueError, UnicodeDecodeError):
        raise DomainError("cursor: not a cursor this search returned") from None


def tsquery_sql(q: str) -> tuple[str, list]:
    """The data generation and the text as PostgreSQL reads it; the threshold set for the `<%` that follows."""
    return ("SELECT n, websearch_to_tsquery('simple', $1)::text AS tsquery,"
            " set_config('pg_trgm.word_similarity_threshold', $2, true) FROM search_generation",
            [words(q), str(WORD_SIMILARITY)])


def names_sql(q: str) -> tuple[str, list]:
    """The distinct names close to `q`, scored once each however many experts share them."""
    return ("SELECT name_key, word_similarity($1, name_key)::float8 AS similarity FROM expert_name_keys"
            " WHERE $1 <% name_key", [fold(q)])
