"""Experts search as SQL: filters combine with AND across facets and OR within one. No I/O.

Each audience searches its own columns of `expert_search` (`pub_*` or `net_*`), which
hold only what that audience may see, so a hidden field can neither match nor be counted.
Text matches the full-text document (names, skills in every language, bio) or, with a
typo, the name by trigram word similarity.
"""

import base64
from dataclasses import dataclass, field
from uuid import UUID

from services.registry.search import fold, words
from shared.http import DomainError

FACETS = {  # facet → (column, is an array)
    "skill": ("{p}_skills", True), "city": ("{p}_city", False), "country": ("{p}_country", False),
    "language": ("{p}_languages", True), "role": ("{p}_roles", True), "organisation_kind": ("organisation_kinds", True),
}
_SCORE = ("(ts_rank_cd({p}_document, websearch_to_tsquery('simple', {q}))"
          " + CASE WHEN {key} <% name_key THEN word_similarity({key}, name_key) ELSE 0 END)::float8")


@dataclass(frozen=True)
class ExpertQuery:
    q: str | None = None
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet → accepted values
    organisation_ids: tuple[UUID, ...] = ()
    limit: int = 20
    cursor: str | None = None


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
    return where


def page_sql(query: ExpertQuery, prefix: str) -> tuple[str, list]:
    params = _Params()
    where = conditions(query, prefix, params)
    if query.q:
        score = _SCORE.format(p=prefix, q=params(words(query.q)), key=params(fold(query.q)))
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
    params = _Params()
    where = conditions(query, prefix, params)
    columns = {facet: column.format(p=prefix) for facet, (column, _) in FACETS.items()}
    parts = ["SELECT 'total' AS facet, NULL AS value, count(*) AS count FROM hits"]
    for facet, (_, is_array) in FACETS.items():
        column = columns[facet]
        source = f"hits, unnest(hits.{column}) AS v" if is_array else "hits"
        value = "v" if is_array else column
        parts.append(f"SELECT '{facet}', {value}, count(*) FROM {source}"
                     f"{'' if is_array else f' WHERE {column} IS NOT NULL'} GROUP BY {value}")
    hits = (f"WITH hits AS MATERIALIZED (SELECT {', '.join(dict.fromkeys(columns.values()))} FROM expert_search"
            f" {'WHERE ' + ' AND '.join(where) if where else ''})")
    return f"{hits} {' UNION ALL '.join(parts)}", list(params)


def encode_cursor(score: float, expert_id: UUID) -> str:
    return base64.urlsafe_b64encode(f"{score!r}|{expert_id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[float, UUID]:
    try:
        score, expert_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return float(score), UUID(expert_id)
    except (ValueError, UnicodeDecodeError):
        raise DomainError("cursor: not a cursor this search returned") from None


def matching_sql(q: str, prefix: str) -> tuple[str, list]:
    """Every expert the text matches, with its score, whatever the filters: the facet index applies those.

    Two index scans, each scoring only its own rows: word similarity is costly, so it is
    computed for the names the trigram index found, not for every full-text match.
    """
    return (f"SELECT expert_id, sum(score)::float8 AS score FROM ("
            f"SELECT expert_id, ts_rank_cd({prefix}_document, websearch_to_tsquery('simple', $1)) AS score"
            f" FROM expert_search WHERE {prefix}_document @@ websearch_to_tsquery('simple', $1)"
            f" UNION ALL SELECT expert_id, word_similarity($2, name_key) FROM expert_search WHERE $2 <% name_key"
            f") m GROUP BY expert_id", [words(q), fold(q)])
