"""Reading PostgreSQL's tsquery text, and matching and ranking it over in-memory postings."""

import pytest

from services.registry.search.text import parse
from services.registry.search.text_index import TextIndex, posting

# What websearch_to_tsquery('simple', ...)::text answers for a few inputs.
HYPHENATED = "'дизайн-мислення' <-> 'дизайн' <-> 'мислення'"


def test_a_hyphenated_word_is_read_as_its_compound_lexeme():
    assert parse(HYPHENATED).tree == ("lex", "дизайн-мислення")
    assert parse(HYPHENATED).lexemes == ("дизайн-мислення",) and parse(HYPHENATED).in_memory


def test_words_alternatives_and_exclusions_become_a_tree_and_excluded_words_do_not_rank():
    found = parse("'service' & 'design' | 'x' & !'y'")
    assert found.tree == ("or", (("and", (("lex", "service"), ("lex", "design"))),
                                 ("and", (("lex", "x"), ("not", ("lex", "y"))))))
    assert found.lexemes == ("service", "design", "x") and found.in_memory


@pytest.mark.parametrize("tsquery", ["'service' <-> 'design'", "'covid' <-> '-19'", "'a' <2> 'b'", "'a' & 'x':AB"])
def test_phrases_and_weights_need_the_sql_path(tsquery):
    assert not parse(tsquery).in_memory


def test_quoted_lexemes_and_an_empty_query():
    assert parse("'it''s' & 'a\\\\b'").lexemes == ("it's", "a\\b")
    assert parse("").tree is None and parse("").lexemes == ()


@pytest.mark.parametrize("tsquery", ["'a' &", "( 'a' | 'b'", "'a' ) 'b'", "'a' ~ 'b'"])
def test_text_it_cannot_read_is_refused(tsquery):
    with pytest.raises(ValueError):
        parse(tsquery)


def _index(rows: dict[tuple[str, int], list[int]], size: int = 8) -> TextIndex:
    return TextIndex(size, [{"lexeme": lexeme, "units": units, "slots": slots}
                            for (lexeme, units), slots in rows.items()])


def test_matching_evaluates_and_or_not_over_bitsets_and_sparse_postings():
    index = _index({("design", 10): [0], ("design", 4): [1, 2, 3, 4, 5], ("service", 2): [2, 6]})
    everyone = (1 << 8) - 1
    assert index.match(parse("'design' & 'service'").tree, everyone) == 1 << 2
    assert index.match(parse("'design' | 'service'").tree, everyone) == 0b1111111
    assert index.match(parse("!'design'").tree, everyone) == 0b11000000


def test_ranking_groups_experts_by_the_sum_of_each_lexemes_best_weight():
    index = _index({("design", 10): [0], ("design", 4): [1, 2], ("service", 2): [2, 3]})
    groups = index.score_groups(parse("'design' | 'service'"), 0b1111)
    assert groups == {10: 0b0001, 4: 0b0010, 6: 0b0100, 2: 0b1000}


def test_postings_are_bitsets_only_when_dense():
    sparse = posting([1, 5], 1000)
    assert not isinstance(sparse, int) and list(sparse) == [1, 5]
    assert posting(list(range(0, 1000, 2)), 1000) == int("01" * 500, 2)
    assert posting([1, 5], 1000, dense_from=1 / 500) == 0b100010
