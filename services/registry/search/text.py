"""The text part of a search, read from PostgreSQL's own tsquery so memory and SQL agree on what matches. No I/O.

`websearch_to_tsquery('simple', q)::text` is parsed into a small tree: lexemes joined by
& | ! and phrase operators. A hyphenated word becomes the phrase `'x-y' <-> 'x' <-> 'y'`,
which matches exactly when the compound lexeme 'x-y' is present (the parser always emits
the parts right after it), so it is read as that lexeme. Other phrases need positions,
which only the SQL path has.
"""

import re
from dataclasses import dataclass

Node = tuple  # ("lex", str) | ("not", Node) | ("and" | "or" | "phrase", tuple[Node, ...])
_TOKEN = re.compile(r"\s*(?:'((?:[^'\\]|''|\\.)*)'(:[*A-Da-d]+)?|(<->|<\d+>)|([&|!()]))")


@dataclass(frozen=True)
class TextQuery:
    tree: Node | None  # None: no lexemes at all
    lexemes: tuple[str, ...]  # what ranks: every lexeme not negated, each once
    in_memory: bool  # False when matching needs word positions (a quoted phrase)


def parse(tsquery: str) -> TextQuery:
    tokens = _tokens(tsquery)
    if not tokens:
        return TextQuery(None, (), True)
    tree, rest = _or(tokens)
    if rest:
        raise ValueError(f"unexpected {rest[0]!r} in tsquery {tsquery!r}")
    lexemes: dict[str, None] = {}
    _positive(tree, lexemes)
    return TextQuery(tree, tuple(lexemes), _in_memory(tree))


def _tokens(text: str) -> list:
    found, at = [], 0
    while at < len(text.rstrip()):
        match = _TOKEN.match(text, at)
        if match is None:
            raise ValueError(f"cannot read tsquery {text!r} at {at}")
        lexeme, weights, phrase, operator = match.groups()
        if lexeme is not None:
            found.append(("lex", re.sub(r"''|\\(.)", lambda m: m.group(1) or "'", lexeme), weights))
        else:
            found.append(phrase or operator)
        at = match.end()
    return found


def _or(tokens: list) -> tuple[Node, list]:
    node, tokens = _and(tokens)
    parts = [node]
    while tokens and tokens[0] == "|":
        node, tokens = _and(tokens[1:])
        parts.append(node)
    return (parts[0] if len(parts) == 1 else ("or", tuple(parts))), tokens


def _and(tokens: list) -> tuple[Node, list]:
    node, tokens = _phrase(tokens)
    parts = [node]
    while tokens and tokens[0] == "&":
        node, tokens = _phrase(tokens[1:])
        parts.append(node)
    return (parts[0] if len(parts) == 1 else ("and", tuple(parts))), tokens


def _phrase(tokens: list) -> tuple[Node, list]:
    node, tokens = _unary(tokens)
    parts = [node]
    while tokens and isinstance(tokens[0], str) and tokens[0].startswith("<"):
        if tokens[0] != "<->":
            parts.append(("distance",))  # <N>: a gap, never a hyphenated word
        node, tokens = _unary(tokens[1:])
        parts.append(node)
    if len(parts) == 1:
        return node, tokens
    words = [p[1] for p in parts if p[0] == "lex"]
    if len(words) == len(parts) and "-" in words[0] and "-".join(words[1:]) == words[0]:
        return ("lex", words[0]), tokens  # a hyphenated word: its compound lexeme says it all
    return ("phrase", tuple(p for p in parts if p[0] != "distance")), tokens


def _unary(tokens: list) -> tuple[Node, list]:
    if not tokens:
        raise ValueError("tsquery ends early")
    head, rest = tokens[0], tokens[1:]
    if head == "!":
        node, rest = _unary(rest)
        return ("not", node), rest
    if head == "(":
        node, rest = _or(rest)
        if not rest or rest[0] != ")":
            raise ValueError("tsquery: unbalanced parenthesis")
        return node, rest[1:]
    if isinstance(head, tuple):
        return (("lex", head[1]) if not head[2] else ("weighted", head[1], head[2])), rest
    raise ValueError(f"unexpected {head!r} in tsquery")


def _positive(node: Node, into: dict) -> None:
    if node[0] in ("lex", "weighted"):
        into[node[1]] = None
    elif node[0] in ("and", "or", "phrase"):
        for part in node[1]:
            _positive(part, into)


def _in_memory(node: Node) -> bool:
    if node[0] == "lex":
        return True
    if node[0] == "not":
        return _in_memory(node[1])
    return node[0] in ("and", "or") and all(_in_memory(p) for p in node[1])
